package cn.autogov.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
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

  @Resource TimerService timers;

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "autogov.jobs.job-run-housekeeping.hour", defaultValue = "3")
  String hour;

  @Inject
  @ConfigProperty(name = "autogov.jobs.job-run-housekeeping.minute", defaultValue = "17")
  String minute;

  private JobSlots slots;

  @PostConstruct
  void schedule() {
    slots = JobSlots.forHour(hour);
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(minute), new TimerConfig(JOB, false));
    LOG.info(() -> JOB + " scheduled at hour " + hour + ", minute " + minute);
  }

  @Timeout
  void fire() {
    jobs.runOnce(JOB, slots.slotOf(LocalDateTime.now()), this::purge);
  }

  void purge() {
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement("DELETE FROM job_run WHERE job_name = ? AND started_at < ?")) {
      ps.setString(1, JOB);
      ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now().minusDays(KEEP_DAYS)));
      int n = ps.executeUpdate();
      LOG.info(() -> JOB + ": removed " + n + " runs older than " + KEEP_DAYS + " days");
    } catch (SQLException e) {
      throw new IllegalStateException(JOB + " failed", e);
    }
  }
}
