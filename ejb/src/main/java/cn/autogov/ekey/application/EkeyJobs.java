package cn.autogov.ekey.application;

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
 * The e-keys' daily job (default 08:23): the enterprises whose key's certificate expires in 30 or 7
 * days are told to renew it ({@link EkeyExpiry}). One cluster member runs it a day ({@link
 * ClusterJobs}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class EkeyJobs {

  static final String JOB = "ekey-expiry-reminders";
  private static final Logger LOG = Logger.getLogger(EkeyJobs.class.getName());

  @Inject ClusterJobs jobs;

  @EJB EkeyExpiry expiry;

  @Resource ManagedScheduledExecutorService scheduler;

  /** Minute, hour, day of month, month, day of week. */
  @Inject
  @ConfigProperty(name = "autogov.jobs.ekey-expiry-reminders.cron", defaultValue = "23 8 * * *")
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
        () -> LOG.info(JOB + ": " + expiry.remind(BusinessTime.today()) + " reminded"));
  }
}
