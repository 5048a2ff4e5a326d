package cn.autogov.exchange.application;

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
 * 报文日志保留期: once a day (one cluster member), messages older than AUTOGOV_EXCHANGE_RETENTION_MONTHS
 * (default 36; never less than 6) are removed — up to the newest seal among them, so that what is
 * kept verifies from that seal's signed hash (the head remembers where the chain starts and what it
 * links to).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ExchangeRetention extends RetentionJob {

  static final String JOB = "exchange-retention";

  @EJB ExchangeLog log;

  @Inject
  @ConfigProperty(name = "autogov.exchange.retention-months", defaultValue = "36")
  int months;

  @Inject
  @ConfigProperty(name = "autogov.jobs.exchange-retention.cron", defaultValue = "47 2 * * *")
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
    return log.startAfterSealBefore(cutoff);
  }

  @Override
  protected int removeBeforeStart(int max) {
    return log.removeBeforeStart(max);
  }

  @Override
  @jakarta.annotation.security.PermitAll // the job, and tests with an early cutoff
  public String removeOlderThan(LocalDateTime cutoff) {
    return super.removeOlderThan(cutoff);
  }
}
