package cn.autogov.platform;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

/**
 * A job run once per cluster at the times of its cron expression (minute, hour, day of month,
 * month, day of week; the business time zone): every member's non-persistent schedule fires and
 * {@link ClusterJobs} lets one of them do the work. A job is a {@code @Singleton @Startup} bean
 * with bean-managed transactions that extends this, naming itself, its cron setting ({@code
 * autogov.jobs.<name>.cron}) with its default, and its work.
 */
public abstract class CronJob {

  private static final Logger LOG = Logger.getLogger(CronJob.class.getName());

  @Inject ClusterJobs jobs;

  @Resource ManagedScheduledExecutorService scheduler;

  private final String name;
  private final String defaultCron;
  private JobSlots slots;
  private ScheduledFuture<?> schedule;

  /** {@code name}: in the job log, the logs and the setting; {@code defaultCron}: unless set. */
  protected CronJob(String name, String defaultCron) {
    this.name = name;
    this.defaultCron = defaultCron;
  }

  /** The work of one run. */
  protected abstract void run();

  /** When it runs: {@code autogov.jobs.<name>.cron}, else the default. */
  public String cron() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue("autogov.jobs." + name + ".cron", String.class)
        .orElse(defaultCron);
  }

  @PostConstruct
  void start() {
    String cron = cron();
    slots = JobSlots.forCron(cron);
    schedule = scheduler.schedule(this::fire, new CronTrigger(cron, BusinessTime.zone()));
    LOG.info(() -> name + " scheduled: " + cron);
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  void fire() {
    jobs.runOnce(name, slots.slotOf(BusinessTime.now()), this::run);
  }
}
