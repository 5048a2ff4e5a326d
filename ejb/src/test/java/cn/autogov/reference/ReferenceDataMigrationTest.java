package cn.autogov.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.platform.SchemaMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped reference data, migrated into a real database: complete, consistent, and agreeing
 * with the rules.
 */
class ReferenceDataMigrationTest {

  private static Connection db;

  @BeforeAll
  static void migrate() throws Exception {
    var ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:refdata-test;DB_CLOSE_DELAY=-1");
    SchemaMigration.configuration(ReferenceDataMigrationTest.class.getClassLoader(), ds)
        .load()
        .migrate();
    db = DriverManager.getConnection("jdbc:h2:mem:refdata-test");
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static long count(String sql) throws Exception {
    try (var rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void shouldLoadProvincesCitiesAndCountiesWithTheirParents() throws Exception {
    assertEquals(34, count("SELECT COUNT(*) FROM region WHERE level = 1"));
    assertEquals(342, count("SELECT COUNT(*) FROM region WHERE level = 2"));
    assertEquals(2975, count("SELECT COUNT(*) FROM region WHERE level = 3"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM region r WHERE r.level > 1 AND NOT EXISTS"
                + " (SELECT 1 FROM region p WHERE p.code = r.parent_code AND p.level = r.level - 1)"));
    assertTrue(count("SELECT COUNT(*) FROM region WHERE statistical_only") > 100);
  }

  @Test
  void shouldMapEveryPlateProvinceToAProvinceAndToThePlateRules() throws Exception {
    assertEquals(
        31, count("SELECT COUNT(*) FROM reference_code WHERE category = 'plate_province'"));
    assertEquals(
        31,
        count(
            "SELECT COUNT(*) FROM reference_code c JOIN region r ON r.code = c.extra"
                + " WHERE c.category = 'plate_province' AND r.level = 1"));
    try (var rs =
        db.createStatement()
            .executeQuery("SELECT code FROM reference_code WHERE category = 'plate_province'")) {
      while (rs.next()) {
        String plate = rs.getString(1) + "A12345";
        assertTrue(IdentifierKind.PLATE.check(plate).isValid(), plate);
      }
    }
  }

  @Test
  void shouldShipTheCodeListsTheFormsNeed() throws Exception {
    assertEquals(
        10, count("SELECT COUNT(*) FROM reference_code WHERE category = 'report_vehicle_class'"));
    assertEquals(19, count("SELECT COUNT(*) FROM reference_code WHERE category = 'use_nature'"));
    assertEquals(11, count("SELECT COUNT(*) FROM reference_code WHERE category = 'plate_type'"));
    assertEquals(
        2, count("SELECT COUNT(*) FROM reference_code WHERE category = 'export_category'"));
  }
}
