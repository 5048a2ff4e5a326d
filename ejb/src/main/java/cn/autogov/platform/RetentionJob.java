package cn.autogov.platform;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

/**
 * A daily removal of what is older than a retention period (never under six months, the legal
 * minimum), once per cluster: the audit trail's and the message log's. The subclass says its period
 * and schedule and removes from the start of its chain so that the rest still verifies.
 */
public abstract class RetentionJob {

  public static final int MINIMUM_MONTHS = 6;
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Inject ClusterJobs jobs;

  @Resource ManagedScheduledExecutorService scheduler;

  private JobSlots slots;
  private ScheduledFuture<?> schedule;

  /** The job's name in job records and logs. */
  protected abstract String job();

  /** The configured period, in months (raised to the minimum). */
  protected abstract int configuredMonths();

  /** When the job runs (cron, in the business zone). */
  protected abstract String cron();

  /**
   * Moves the start of the chain past what was recorded before {@code cutoff} (in a transaction of
   * its own); the new first number, or 0 when nothing is to go.
   */
  protected abstract long startAt(LocalDateTime cutoff);

  /** Removes up to {@code max} records before the chain's start; how many it removed. */
  protected abstract int removeBeforeStart(int max);

  /** Removes what was recorded before {@code cutoff}, in batches; says what it did. */
  public String removeOlderThan(LocalDateTime cutoff) {
    long first = startAt(cutoff);
    if (first == 0) {
      return "nothing older than " + cutoff.toLocalDate();
    }
    long removed = 0;
    int n;
    while ((n = removeBeforeStart(10_000)) > 0) {
      removed += n;
    }
    return removed + " older than " + cutoff.toLocalDate() + " removed; chain starts at " + first;
  }

  @PostConstruct
  void start() {
    if (configuredMonths() < MINIMUM_MONTHS) {
      LOG.warning(
          () ->
              job()
                  + ": "
                  + configuredMonths()
                  + " months is below the minimum; keeping "
                  + MINIMUM_MONTHS
                  + " months");
    }
    slots = JobSlots.forCron(cron());
    schedule = scheduler.schedule(this::fire, new CronTrigger(cron(), BusinessTime.zone()));
    LOG.info(() -> job() + ": " + months() + " months, " + cron());
  }

  @PreDestroy
  void stop() {
    schedule.cancel(false);
  }

  protected int months() {
    return Math.max(configuredMonths(), MINIMUM_MONTHS);
  }

  void fire() {
    jobs.runOnce(
        job(),
        slots.slotOf(BusinessTime.now()),
        () -> LOG.info(job() + ": " + removeOlderThan(BusinessTime.now().minusMonths(months()))));
  }
}
