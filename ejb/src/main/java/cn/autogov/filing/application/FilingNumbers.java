package cn.autogov.filing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Human-readable filing numbers, one sequence per prefix and year: EX-2026-000123. The counter row
 * is incremented in the caller's transaction, so it stays locked until the filing is stored and a
 * number is never given twice, also across cluster members.
 */
@Stateless
@PermitAll // used by the filing services only, which check their callers
public class FilingNumbers {

  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @EJB FilingNumbers self;

  /** The next number of the prefix in the year. */
  public String next(String prefix, int year) {
    self.ensureCounter(prefix, year);
    em.createNativeQuery(
            "UPDATE filing_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?")
        .setParameter(1, prefix)
        .setParameter(2, year)
        .executeUpdate();
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT last_value FROM filing_counter WHERE prefix = ? AND counter_year = ?")
                .setParameter(1, prefix)
                .setParameter(2, year)
                .getSingleResult();
    return format(prefix, year, n.longValue());
  }

  public static String format(String prefix, int year, long n) {
    return String.format("%s-%d-%06d", prefix, year, n);
  }

  /** The year's counter, created outside the caller's transaction (two first filings may race). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void ensureCounter(String prefix, int year) {
    String sql = "INSERT INTO filing_counter (prefix, counter_year, last_value) VALUES (?, ?, 0)";
    try (Connection c = dataSource.getConnection();
        var exists =
            c.prepareStatement(
                "SELECT 1 FROM filing_counter WHERE prefix = ? AND counter_year = ?")) {
      exists.setString(1, prefix);
      exists.setInt(2, year);
      if (exists.executeQuery().next()) {
        return;
      }
      try (var ps = c.prepareStatement(sql)) {
        ps.setString(1, prefix);
        ps.setInt(2, year);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new IllegalStateException("cannot create the counter " + prefix + " " + year, e);
      }
    }
  }
}
