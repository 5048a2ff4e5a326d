package cn.autogov.audit.application;

import cn.autogov.platform.RetentionJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 审计保留期: once a day (one cluster member), entries older than AUTOGOV_AUDIT_RETENTION_MONTHS
 * (default 24; never less than 6, the legal minimum) are removed from the start of the chain. The
 * head remembers where the kept chain starts and what it links to, so the rest still verifies; the
 * removal itself is an audit entry.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditRetention extends RetentionJob {

  static final String JOB = "audit-retention";

  @EJB AuditTrail trail;

  @Inject
  @ConfigProperty(name = "autogov.audit.retention-months", defaultValue = "24")
  int months;

  @Inject
  @ConfigProperty(name = "autogov.jobs.audit-retention.cron", defaultValue = "37 2 * * *")
  String cron;

  @Override
  protected String job() {
    return JOB;
  }

  @Override
  protected int configuredMonths() {
    return months;
  }

  @Override
  protected String cron() {
    return cron;
  }

  @Override
  protected long startAt(LocalDateTime cutoff) {
    return trail.startAt(cutoff);
  }

  @Override
  protected int removeBeforeStart(int max) {
    return trail.removeBeforeStart(max);
  }

  @Override
  @jakarta.annotation.security.PermitAll // the job, and tests with an early cutoff
  public String removeOlderThan(LocalDateTime cutoff) {
    return super.removeOlderThan(cutoff);
  }
}
