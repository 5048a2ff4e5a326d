package cn.autogov.usedcar.application;

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
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The returns' daily job (default 08:13): on the reminder day, every business still missing the
 * period's return is told it is due. One cluster member runs it a day ({@link ClusterJobs}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportJobs {

  static final String JOB = "usedcar-report-reminders";
  private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

  @Inject ClusterJobs jobs;

  @EJB ReportReminders reminders;

  @Resource ManagedScheduledExecutorService scheduler;

  /** Minute, hour, day of month, month, day of week. */
  @Inject
  @ConfigProperty(name = "autogov.jobs.usedcar-report-reminders.cron", defaultValue = "13 8 * * *")
  String cron;

  private JobSlots slots;
  private ScheduledFuture<?> schedule;

  @PostConstruct
  void start() {
    slots = JobSlots.forCron(cron);
    schedule = scheduler.schedule(this::fire, new CronTrigger(cron, BusinessTime.zone()));
    LOG.info(() -> JOB + " scheduled: " + cron);
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  void fire() {
    jobs.runOnce(
        JOB,
        slots.slotOf(BusinessTime.now()),
        () -> LOG.info(JOB + ": " + reminders.remindBeforeDue(BusinessTime.today()) + " reminded"));
  }
}
