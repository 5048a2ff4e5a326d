package cn.autogov.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Daily, once per cluster: forgets job runs older than 90 days, so the job log stays small. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class JobRunHousekeeping {

  static final String JOB = "job-run-housekeeping";
  static final int KEEP_DAYS = 90;
  private static final Logger LOG = Logger.getLogger(JobRunHousekeeping.class.getName());

  @Inject ClusterJobs jobs;

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @Schedule(hour = "3", minute = "17", persistent = false, info = JOB)
  void daily() {
    jobs.runOnce(JOB, LocalDate.now().toString(), this::purge);
  }

  void purge() {
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement("DELETE FROM job_run WHERE started_at < ?")) {
      ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now().minusDays(KEEP_DAYS)));
      int n = ps.executeUpdate();
      LOG.info(() -> JOB + ": removed " + n + " job runs older than " + KEEP_DAYS + " days");
    } catch (SQLException e) {
      throw new IllegalStateException(JOB + " failed", e);
    }
  }
}
