package cn.autogov.audit.application;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.platform.ClusterJobs;
import cn.autogov.platform.JobSlots;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
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
public class AuditRetention {

  static final String JOB = "audit-retention";
  static final int MINIMUM_MONTHS = 6;
  private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

  @Inject ClusterJobs jobs;

  @EJB AuditTrail trail;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "autogov.audit.retention-months", defaultValue = "24")
  int months;

  @Inject
  @ConfigProperty(name = "autogov.jobs.audit-retention.cron", defaultValue = "37 2 * * *")
  String cron;

  private JobSlots slots;
  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    if (months < MINIMUM_MONTHS) {
      LOG.warning(
          () ->
              "AUTOGOV_AUDIT_RETENTION_MONTHS="
                  + months
                  + " is below the minimum; keeping "
                  + MINIMUM_MONTHS
                  + " months");
    }
    slots = JobSlots.forCron(cron);
    schedule = scheduler.schedule(this::fire, new CronTrigger(cron, BusinessTime.zone()));
    LOG.info(() -> "audit retention: " + months() + " months, " + cron);
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  int months() {
    return Math.max(months, MINIMUM_MONTHS);
  }

  void fire() {
    jobs.runOnce(
        JOB,
        slots.slotOf(BusinessTime.now()),
        () -> LOG.info(JOB + ": " + removeOlderThan(BusinessTime.now().minusMonths(months()))));
  }

  /** Removes what was recorded before {@code cutoff}; says what it did. */
  @jakarta.annotation.security.PermitAll // the job, and tests with an early cutoff
  public String removeOlderThan(LocalDateTime cutoff) {
    long first = trail.startAt(cutoff);
    if (first == 0) {
      return "nothing older than " + cutoff.toLocalDate();
    }
    long removed = 0;
    int n;
    while ((n = trail.removeBeforeStart(10_000)) > 0) {
      removed += n;
    }
    return removed
        + " entries older than "
        + cutoff.toLocalDate()
        + " removed; chain starts at "
        + first;
  }
}
