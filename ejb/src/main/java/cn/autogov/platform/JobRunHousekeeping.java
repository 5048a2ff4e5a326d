package cn.autogov.platform;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Once per cluster at the configured time (default daily 03:17): forgets job runs older than 90
 * days, so the job log stays small ({@link CronJob}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class JobRunHousekeeping extends CronJob {

  static final String JOB = "job-run-housekeeping";
  static final int KEEP_DAYS = 90;
  private static final Logger LOG = Logger.getLogger(JobRunHousekeeping.class.getName());

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  public JobRunHousekeeping() {
    super(JOB, "17 3 * * *");
  }

  @Override
  protected void run() {
    purge();
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
