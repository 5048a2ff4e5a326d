package cn.autogov.platform;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many members the cluster has just now: each member writes a heartbeat to the shared database
 * every {@code AUTOGOV_CLUSTER_HEARTBEAT_SECONDS} (default 5) and counts the members seen within
 * three heartbeats. Works alike on one Payara Micro, a Micro cluster and Payara Server, without
 * depending on the data grid; a member that died drops out within three heartbeats. Until the first
 * count (and whenever the database cannot be reached) a member counts itself alone.
 */
@ApplicationScoped
public class ClusterMembers {

  private static final Logger LOG = Logger.getLogger(ClusterMembers.class.getName());

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject PlatformSettings settings;

  @Inject
  @ConfigProperty(name = "autogov.cluster.heartbeat-seconds", defaultValue = "5")
  int heartbeatSeconds;

  private final String memberId = UUID.randomUUID().toString();
  private volatile int size = 1;
  private ScheduledFuture<?> beat;

  /** The members alive, this one included; at least 1. */
  public int size() {
    return size;
  }

  void start(@Observes SchemaReady ready) {
    beat = scheduler.scheduleAtFixedRate(this::beat, 0, heartbeatSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (beat != null) {
      beat.cancel(false);
      run("DELETE FROM cluster_member WHERE member_id = ?", memberId);
    }
  }

  void beat() {
    LocalDateTime now = BusinessTime.now();
    try (Connection c = dataSource.getConnection()) {
      try (var ps =
          c.prepareStatement("UPDATE cluster_member SET seen_at = ? WHERE member_id = ?")) {
        ps.setTimestamp(1, Timestamp.valueOf(now));
        ps.setString(2, memberId);
        if (ps.executeUpdate() == 0) {
          insert(c, now);
        }
      }
      try (var ps = c.prepareStatement("DELETE FROM cluster_member WHERE seen_at < ?")) {
        ps.setTimestamp(1, Timestamp.valueOf(now.minusHours(1)));
        ps.executeUpdate();
      }
      try (var ps = c.prepareStatement("SELECT COUNT(*) FROM cluster_member WHERE seen_at >= ?")) {
        ps.setTimestamp(1, Timestamp.valueOf(now.minusSeconds(3L * heartbeatSeconds)));
        try (var rs = ps.executeQuery()) {
          rs.next();
          int counted = Math.max(1, rs.getInt(1));
          if (counted != size) {
            LOG.info(() -> "cluster: " + counted + " members alive (was " + size + ")");
          }
          size = counted;
        }
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "cluster heartbeat failed; counting this member alone", e);
      size = 1;
    }
  }

  private void insert(Connection c, LocalDateTime now) throws SQLException {
    try (var ps =
        c.prepareStatement(
            "INSERT INTO cluster_member (member_id, instance, started_at, seen_at)"
                + " VALUES (?, ?, ?, ?)")) {
      ps.setString(1, memberId);
      ps.setString(2, settings.instanceName());
      ps.setTimestamp(3, Timestamp.valueOf(now));
      ps.setTimestamp(4, Timestamp.valueOf(now));
      ps.executeUpdate();
    }
  }

  private void run(String sql, String arg) {
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "cluster: could not sign off", e);
    }
  }
}
