package cn.autogov.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source. Every value comes from MicroProfile Config, so the same artifact runs on the
 * embedded H2 database (the defaults in {@code autogov-config}) or on PostgreSQL with {@code
 * DB_URL}, {@code DB_CLASS}, {@code DB_USER} and {@code DB_PASSWORD} set in the environment,
 * without a rebuild.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/autogov",
    className = "${MPCONFIG=db.class}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
public class DataSourceConfig {}
