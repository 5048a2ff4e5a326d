package cn.autogov.platform;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a scheduled job once per cluster and time slot. Every instance's non-persistent timer fires;
 * each tries to claim the slot by inserting a {@code job_run} row, and the primary key lets exactly
 * one succeed. The claim is committed before the work, so a retried or parallel run of the same
 * slot is a no-op, and the row records who ran it and how it ended.
 */
@Stateless
@PermitAll // called by the platform's scheduler threads, which have no caller
@TransactionManagement(TransactionManagementType.BEAN)
public class ClusterJobs {

  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @Inject PlatformSettings settings;

  /**
   * Runs {@code work} if no instance has run {@code job} for {@code slot} yet; true if this call
   * ran it.
   */
  public boolean runOnce(String job, String slot, Runnable work) {
    if (!claim(job, slot)) {
      LOG.info(() -> job + " " + slot + ": already run by another instance");
      return false;
    }
    LOG.info(() -> job + " " + slot + ": running on " + settings.instanceName());
    String outcome = "ok";
    try {
      work.run();
    } catch (RuntimeException e) {
      outcome = "failed: " + SchemaMigration.describe(e);
      LOG.log(Level.SEVERE, job + " " + slot + " failed", e);
    }
    finish(job, slot, outcome);
    return true;
  }

  boolean claim(String job, String slot) {
    String sql = "INSERT INTO job_run (job_name, slot, instance, started_at) VALUES (?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement(sql)) {
      ps.setString(1, job);
      ps.setString(2, slot);
      ps.setString(3, settings.instanceName());
      ps.setTimestamp(4, Timestamp.valueOf(BusinessTime.now()));
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw new IllegalStateException("cannot claim " + job + " " + slot, e);
    }
  }

  private void finish(String job, String slot, String outcome) {
    String sql = "UPDATE job_run SET finished_at = ?, outcome = ? WHERE job_name = ? AND slot = ?";
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement(sql)) {
      ps.setTimestamp(1, Timestamp.valueOf(BusinessTime.now()));
      ps.setString(2, outcome.length() > 200 ? outcome.substring(0, 200) : outcome);
      ps.setString(3, job);
      ps.setString(4, slot);
      ps.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "cannot record the end of " + job + " " + slot, e);
    }
  }
}
