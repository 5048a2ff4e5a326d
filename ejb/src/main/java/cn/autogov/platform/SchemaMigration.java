package cn.autogov.platform;

import cn.autogov.platform.migration.V22__Account_requests_to_filings;
import cn.autogov.platform.migration.V23__Mobile_changes_to_filings;
import cn.autogov.platform.migration.V24__Agent_authorisations_to_filings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with Flyway at start-up, from the same migrations on H2 and
 * PostgreSQL: the schema in {@code db/migration} (this jar), reference data in {@code db/refdata}
 * (the config jar).
 *
 * <p>A database that cannot be reached must not fail the deployment: Payara Micro would then answer
 * 404 while saying it is ready. The failure is logged with its cause, readiness reports DOWN, and
 * the next readiness probe tries again.
 */
@Singleton
@PermitAll // the health check and every request may ask; nothing here is a user's business
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  private volatile boolean migrated;
  private volatile String failure = "not yet migrated";

  @Inject PlatformSettings settings;

  @PostConstruct
  void atStartup() {
    LOG.info(() -> "AutoGov data folder: " + settings.dataDir());
    ensureMigrated();
  }

  /**
   * Every migration, SQL (schema, then reference data) and Java, in one order: the platform's and
   * the tests' that migrate a database of their own.
   */
  public static FluentConfiguration configuration(ClassLoader loader, DataSource dataSource) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/refdata")
        .javaMigrations(
            new V22__Account_requests_to_filings(),
            new V23__Mobile_changes_to_filings(),
            new V24__Agent_authorisations_to_filings())
        // a repeatable migration this build lacks (a test-only business's, say) is no reason to
        // refuse the schema; a missing versioned one still is
        .ignoreMigrationPatterns("*:future", "repeatable:missing");
  }

  /**
   * Migrates if that has not succeeded yet; returns the reason the schema is not usable, if any.
   */
  @Lock(LockType.WRITE)
  public Optional<String> ensureMigrated() {
    if (migrated) {
      return Optional.empty();
    }
    try {
      Flyway flyway = configuration(getClass().getClassLoader(), dataSource).load();
      MigrateResult result = flyway.migrate();
      String version = String.valueOf(flyway.info().current().getVersion());
      migrated = true;
      failure = null;
      LOG.info(
          () ->
              "Database schema at version "
                  + version
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now, database "
                  + result.database
                  + ")");
      schemaReady.fire(new SchemaReady(version));
      return Optional.empty();
    } catch (RuntimeException e) {
      failure = describe(e);
      LOG.log(Level.SEVERE, "Database not usable, AutoGov is not ready: " + failure, e);
      return Optional.of(failure);
    }
  }

  @Lock(LockType.READ)
  public boolean isMigrated() {
    return migrated;
  }

  static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 600; t = t.getCause()) {
      if (!sb.isEmpty()) {
        sb.append(" <- ");
      }
      sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return sb.toString();
  }
}
