package cn.autogov.testing;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run by the postgres profile before the integration tests: the suite must fail with a clear
 * message, never pass silently, when the PostgreSQL server it was given cannot be reached.
 */
public final class RequireDatabase {

  private RequireDatabase() {}

  public static void main(String[] args) {
    String url = args[0];
    try (var c = DriverManager.getConnection(url, args[1], args[2])) {
      if (!c.isValid(5)) {
        throw new SQLException("connection not valid");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The postgres profile needs a reachable PostgreSQL server, given by DB_URL, DB_USER and DB_PASSWORD."
              + " DB_URL="
              + url
              + " failed: "
              + e.getMessage()
              + ". Start PostgreSQL (e.g. pg_ctlcluster 15 main start) or run the tests without -Ppostgres.",
          e);
    }
  }
}
