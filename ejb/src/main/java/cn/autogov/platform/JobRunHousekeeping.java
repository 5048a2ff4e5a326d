package cn.autogov.platform;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once per cluster at the configured time (default daily 03:17): forgets job runs older than 90
 * days, so the job log stays small. Every instance's non-persistent timer fires; {@link
 * ClusterJobs} lets one of them do the work.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class JobRunHousekeeping {

  static final String JOB = "job-run-housekeeping";
  static final int KEEP_DAYS = 90;
  private static final Logger LOG = Logger.getLogger(JobRunHousekeeping.class.getName());

  @Inject ClusterJobs jobs;

  @Resource ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  /** Minute, hour, day of month, month, day of week. */
  @Inject
  @ConfigProperty(name = "autogov.jobs.job-run-housekeeping.cron", defaultValue = "17 3 * * *")
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
    jobs.runOnce(JOB, slots.slotOf(BusinessTime.now()), this::purge);
  }

  void purge() {
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement("DELETE FROM job_run WHERE job_name = ? AND started_at < ?")) {
      ps.setString(1, JOB);
      ps.setTimestamp(2, Timestamp.valueOf(BusinessTime.now().minusDays(KEEP_DAYS)));
      int n = ps.executeUpdate();
      LOG.info(() -> JOB + ": removed " + n + " runs older than " + KEEP_DAYS + " days");
    } catch (SQLException e) {
      throw new IllegalStateException(JOB + " failed", e);
    }
  }
}
