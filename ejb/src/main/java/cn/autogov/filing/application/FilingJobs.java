package cn.autogov.filing.application;

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
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The filing engine's daily job (default 01:07): validity expiry, SLA reminders, escalation of
 * overdue filings. Every cluster member's timer fires; {@link ClusterJobs} lets exactly one run
 * each part for the day.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class FilingJobs {

  static final String EXPIRY = "filing-expiry";
  static final String SLA = "filing-sla";
  private static final Logger LOG = Logger.getLogger(FilingJobs.class.getName());

  @Inject ClusterJobs jobs;

  @EJB Deadlines deadlines;

  @Resource ManagedScheduledExecutorService scheduler;

  /** Minute, hour, day of month, month, day of week. */
  @Inject
  @ConfigProperty(name = "autogov.jobs.filing-deadlines.cron", defaultValue = "7 1 * * *")
  String cron;

  private JobSlots slots;
  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    slots = JobSlots.forCron(cron);
    schedule = scheduler.schedule(this::fire, new CronTrigger(cron, BusinessTime.zone()));
    LOG.info(() -> "filing deadlines scheduled: " + cron);
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  void fire() {
    String slot = slots.slotOf(BusinessTime.now());
    LocalDate today = BusinessTime.today();
    jobs.runOnce(
        EXPIRY,
        slot,
        () ->
            LOG.info(
                EXPIRY
                    + ": "
                    + deadlines.expire(today)
                    + " expired, "
                    + deadlines.remindExpiry(today)
                    + " reminded of their validity's end"));
    jobs.runOnce(
        SLA,
        slot,
        () ->
            LOG.info(
                SLA
                    + ": "
                    + deadlines.remind(today)
                    + " reminded, "
                    + deadlines.escalate(today)
                    + " escalated"));
  }
}
