package cn.autogov.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and its schema is migrated; the log says why when not. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());
  private static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(TIMEOUT_SECONDS)) {
        return down(response, "the database did not answer within " + TIMEOUT_SECONDS + " s");
      }
      response.withData("database", c.getMetaData().getDatabaseProductName());
    } catch (SQLException | RuntimeException e) {
      return down(response, SchemaMigration.describe(e));
    }
    Optional<String> schemaProblem = migration.ensureMigrated();
    if (schemaProblem.isPresent()) {
      return down(response, "schema not migrated: " + schemaProblem.get());
    }
    return response.up().build();
  }

  private static HealthCheckResponse down(
      org.eclipse.microprofile.health.HealthCheckResponseBuilder response, String reason) {
    LOG.warning(() -> "Readiness DOWN, database not usable: " + reason);
    return response.down().withData("reason", reason).build();
  }
}
