package cn.autogov.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.autogov.platform.SchemaMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * V22, V23 and V24 on a database that holds requests of the old separate review tables: each
 * becomes a filing of its account with its form, scans, history, place in the queue and number,
 * after the numbers already given; the old tables go. On H2, and on the PostgreSQL every
 * development and CI machine has (127.0.0.1:5432, database test; a schema of its own, dropped
 * afterwards).
 */
class AccountRequestsMigrationTest {

  @Test
  void shouldMoveTheRequestsIntoFilingsOnH2() throws Exception {
    var ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:v22-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = ds.getConnection()) {
      migrateAndCheck(ds, c, null);
    }
  }

  @Test
  void shouldMoveTheRequestsIntoFilingsOnPostgres() throws Exception {
    var ds = new PGSimpleDataSource();
    ds.setURL("jdbc:postgresql://127.0.0.1:5432/test");
    ds.setUser("postgres");
    Connection c;
    try {
      c = ds.getConnection();
    } catch (SQLException e) {
      assumeTrue(false, "no PostgreSQL at 127.0.0.1:5432: " + e.getMessage());
      return;
    }
    String schema = "v22_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (c) {
      migrateAndCheck(ds, c, schema);
    } finally {
      try (Connection d = ds.getConnection()) {
        d.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static FluentConfiguration flyway(DataSource ds, String schema) {
    var f = SchemaMigration.configuration(AccountRequestsMigrationTest.class.getClassLoader(), ds);
    return schema == null ? f : f.schemas(schema).defaultSchema(schema);
  }

  private static void migrateAndCheck(DataSource ds, Connection c, String schema)
      throws SQLException {
    flyway(ds, schema).target("21").load().migrate();
    if (schema != null) {
      c.createStatement().execute("SET search_path TO " + schema);
    }
    oldRequests(c);
    flyway(ds, schema).load().migrate();

    // the legal-person verifications after RNL's three numbers of 2026, oldest first
    List<List<Object>> legal =
        rows(
            c,
            "SELECT number, status, queue_role, due_on, account_id, enterprise_id, remark,"
                + " decided_by, id FROM filing WHERE type_code = 'real-name-legal-person'"
                + " ORDER BY number");
    assertEquals(2, legal.size());
    assertEquals(List.of("RNL-2026-000004", "REJECTED"), legal.get(0).subList(0, 2));
    assertNull(legal.get(0).get(2), "a decided request waits in no queue");
    assertEquals("营业执照不清晰", legal.get(0).get(6));
    assertEquals("admin1", legal.get(0).get(7));
    assertEquals(List.of("RNL-2026-000005", "SUBMITTED", "ADMIN"), legal.get(1).subList(0, 3));
    assertTrue(legal.get(1).get(3) != null, "a waiting request has its due date");
    assertEquals(1L, ((Number) legal.get(1).get(4)).longValue());
    assertNull(legal.get(1).get(5), "an account's own filing, no enterprise's");
    long rejected = ((Number) legal.get(0).get(8)).longValue();
    assertEquals(
        List.of(
            List.of("created", "zhangsan"),
            List.of("submitted", "zhangsan"),
            List.of("rejected", "admin1")),
        rows(
            c,
            "SELECT action, actor FROM filing_event WHERE filing_id = "
                + rejected
                + " ORDER BY id"));
    assertEquals(
        List.of(List.of("91110108MA01ABCD1X", "孙法人", "CORPORATE")),
        rows(
            c,
            "SELECT credit_code, legal_representative, legal_person_type"
                + " FROM account_real_name_legal WHERE filing_id = "
                + rejected));
    assertEquals(
        List.of(List.of("idScan"), List.of("licenceScan")),
        rows(
            c,
            "SELECT slot FROM filing_material WHERE filing_id = " + rejected + " ORDER BY slot"));

    // the natural person's, approved, its permanent document without an end
    assertEquals(
        List.of(List.of("RNN-2026-000001", "APPROVED", "张三", "PASSPORT")),
        rows(
            c,
            "SELECT f.number, f.status, n.person_name, n.id_type FROM filing f"
                + " JOIN account_real_name_natural n ON n.filing_id = f.id"
                + " WHERE n.id_valid_until IS NULL"));

    // the recovery, in the centre's queue, with its six stamped materials
    List<List<Object>> recovery =
        rows(
            c,
            "SELECT f.number, f.queue_role, r.listing, r.requester_id_number,"
                + " (SELECT COUNT(*) FROM filing_material m WHERE m.filing_id = f.id)"
                + " FROM filing f JOIN account_recovery_form r ON r.filing_id = f.id");
    assertEquals(1, recovery.size());
    assertEquals(
        List.of("ARC-2026-000001", "CERTIFICATION_CENTRE", "BULLETIN", "11010519491231002X"),
        recovery.get(0).subList(0, 4));
    assertEquals(6L, ((Number) recovery.get(0).get(4)).longValue());

    // numbering goes on after them; later ids never meet theirs; the old tables are gone
    assertEquals(
        List.of(List.of(5L)),
        rows(
            c,
            "SELECT last_value FROM filing_counter WHERE prefix = 'RNL' AND counter_year = 2026"));
    long most = ((Number) rows(c, "SELECT MAX(id) FROM filing").get(0).get(0)).longValue();
    String next =
        schema == null ? "SELECT NEXT VALUE FOR filing_seq" : "SELECT nextval('filing_seq')";
    assertTrue(((Number) rows(c, next).get(0).get(0)).longValue() - 49 > most);
    assertThrows(SQLException.class, () -> rows(c, "SELECT COUNT(*) FROM real_name_application"));
    assertThrows(SQLException.class, () -> rows(c, "SELECT COUNT(*) FROM account_recovery"));

    // the mobile change, waiting for an administrator, its new number in its form, its ID scan
    assertEquals(
        List.of(List.of("MCH-2026-000001", "SUBMITTED", "ADMIN", "张三", "13900000001", "idScan")),
        rows(
            c,
            "SELECT f.number, f.status, f.queue_role, m.person_name, m.new_mobile, a.slot"
                + " FROM filing f JOIN account_mobile_change m ON m.filing_id = f.id"
                + " JOIN filing_material a ON a.filing_id = f.id"));
    assertThrows(SQLException.class, () -> rows(c, "SELECT COUNT(*) FROM mobile_change_request"));

    // the agents' authorisations: filings addressed to the enterprise, the approved one granted
    assertEquals(
        List.of(
            List.of("AGA-2026-000001", "INVALIDATED", "北京测试汽车有限公司", "legal1"),
            List.of("AGA-2026-000002", "APPROVED", "北京测试汽车有限公司", "legal1"),
            List.of("AGA-2026-000003", "SUBMITTED", "北京测试汽车有限公司", "")),
        rows(
            c,
            "SELECT f.number, f.status, a.enterprise_name, COALESCE(f.decided_by, '')"
                + " FROM filing f JOIN account_agent_application a ON a.filing_id = f.id"
                + " WHERE f.addressee_id = 500 AND f.account_id = 4 ORDER BY f.number"));
    assertEquals(
        List.of(List.of("ENTERPRISE")),
        rows(c, "SELECT queue_role FROM filing WHERE number = 'AGA-2026-000003'"));
    assertEquals(
        List.of(
            List.of("created"), List.of("submitted"), List.of("approved"), List.of("invalidated")),
        rows(
            c,
            "SELECT e.action FROM filing_event e JOIN filing f ON f.id = e.filing_id"
                + " WHERE f.number = 'AGA-2026-000001' ORDER BY e.id"));
    assertEquals(
        List.of(List.of(4L, 500L, "AGA-2026-000002")),
        rows(c, "SELECT agent_id, enterprise_id, filing_number FROM agent_grant"));
    assertThrows(SQLException.class, () -> rows(c, "SELECT COUNT(*) FROM agent_authorisation"));
    // V25: an agent acts for an enterprise only while its grant stands
    assertEquals(
        List.of(List.of("agent1", 500L), List.of("agent2", -1L)),
        rows(
            c,
            "SELECT login_name, COALESCE(enterprise_id, -1) FROM user_account"
                + " WHERE role = 'AGENT' ORDER BY login_name"));
  }

  /**
   * Two accounts, seven scans, three real-name verifications, a recovery (as V5 kept them) and a
   * mobile change (V16).
   */
  private static void oldRequests(Connection c) throws SQLException {
    var s = c.createStatement();
    String account =
        "INSERT INTO user_account (id, login_name, display_name, role, password_hash,"
            + " password_change_required, enabled, demo, failed_logins, created_at, version, mobile)"
            + " VALUES ";
    s.execute(
        account
            + "(1, 'zhangsan', '张三', 'REGISTERED', 'x', FALSE, TRUE, FALSE, 0,"
            + " TIMESTAMP '2026-01-01 08:00:00', 0, '13800000000')");
    s.execute(
        account
            + "(2, 'admin1', '管理员', 'ADMIN', 'x', FALSE, TRUE, FALSE, 0,"
            + " TIMESTAMP '2026-01-01 08:00:00', 0, NULL)");
    for (int i = 10; i <= 16; i++) {
      s.execute(
          "INSERT INTO stored_file (id, owner_id, rule, file_name, content_type, size_bytes,"
              + " sha256, content, created_at, chunks) VALUES ("
              + i
              + ", 1, 'REAL_NAME_SCAN', 'scan.pdf', 'application/pdf', 1, 'x', NULL,"
              + " TIMESTAMP '2026-03-01 09:00:00', 0)");
    }
    s.execute(
        "INSERT INTO filing_counter (prefix, counter_year, last_value) VALUES ('RNL', 2026, 3)");
    String realName =
        "INSERT INTO real_name_application (id, account_id, subject, status, enterprise_type,"
            + " credit_code, organisation_name, legal_person_type, person_name, id_type, id_number,"
            + " address, id_valid_from, id_valid_until, id_permanent, id_scan_id, licence_scan_id,"
            + " submitted_at, decided_at, decided_by, remark, version) VALUES ";
    s.execute(
        realName
            + "(100, 1, 'LEGAL_PERSON', 'REJECTED', 'ENTERPRISE', '91110108MA01ABCD1X',"
            + " '北京测试汽车有限公司', 'CORPORATE', '孙法人', 'RESIDENT_ID', '350102198001010011',"
            + " '北京市', NULL, NULL, FALSE, 10, 11, TIMESTAMP '2026-03-01 09:00:00',"
            + " TIMESTAMP '2026-03-02 10:00:00', 'admin1', '营业执照不清晰', 1)");
    s.execute(
        realName
            + "(101, 1, 'LEGAL_PERSON', 'SUBMITTED', 'ENTERPRISE', '91110108MA01ABCD1X',"
            + " '北京测试汽车有限公司', 'CORPORATE', '孙法人', 'RESIDENT_ID', '350102198001010011',"
            + " '北京市', NULL, NULL, FALSE, 12, 13, TIMESTAMP '2026-03-03 09:00:00',"
            + " NULL, NULL, NULL, 0)");
    s.execute(
        realName
            + "(102, 1, 'NATURAL_PERSON', 'APPROVED', NULL, NULL, NULL, NULL, '张三', 'PASSPORT',"
            + " 'E12345678', '北京市', DATE '2020-01-01', DATE '2040-01-01', TRUE, 14, NULL,"
            + " TIMESTAMP '2026-02-01 09:00:00', TIMESTAMP '2026-02-02 09:00:00', 'admin1', NULL, 1)");
    s.execute(
        "INSERT INTO account_recovery (id, requester_id, credit_code, enterprise_name, announced,"
            + " requester_name, requester_id_number, authorised_name, authorised_id_number, mobile,"
            + " announcement_front_id, announcement_page_id, licence_id, letter_id,"
            + " legal_person_id_scan, authorised_id_scan, status, submitted_at, version) VALUES"
            + " (200, 1, '91110108MA01ABCD1X', '北京测试汽车有限公司', TRUE, '张三',"
            + " '11010519491231002X', '张三', '11010519491231002X', '13800000000', 10, 11, 12, 13,"
            + " 14, 15, 'SUBMITTED', TIMESTAMP '2026-03-04 09:00:00', 0)");
    s.execute(
        account
            + "(3, 'legal1', '孙法人', 'ENTERPRISE', 'x', FALSE, TRUE, FALSE, 0,"
            + " TIMESTAMP '2026-01-01 08:00:00', 0, NULL)");
    s.execute(
        account
            + "(4, 'agent1', '李经办', 'AGENT', 'x', FALSE, TRUE, FALSE, 0,"
            + " TIMESTAMP '2026-01-01 08:00:00', 0, NULL)");
    s.execute(
        "INSERT INTO enterprise (id, credit_code, name, enterprise_type, legal_person_type,"
            + " region_code, account_id, created_at, version) VALUES (500, '91110108MA01ABCD1X',"
            + " '北京测试汽车有限公司', 'ENTERPRISE', 'CORPORATE', '110108', 3,"
            + " TIMESTAMP '2026-01-01 08:00:00', 0)");
    String agent =
        "INSERT INTO agent_authorisation (id, agent_id, enterprise_id, status, applied_at,"
            + " decided_at, remark, version) VALUES ";
    s.execute(
        agent
            + "(600, 4, 500, 'REVOKED', TIMESTAMP '2026-03-06 09:00:00',"
            + " TIMESTAMP '2026-03-08 09:00:00', '已离职', 2)");
    s.execute(
        agent
            + "(601, 4, 500, 'APPROVED', TIMESTAMP '2026-03-09 09:00:00',"
            + " TIMESTAMP '2026-03-09 10:00:00', NULL, 1)");
    s.execute(agent + "(602, 4, 500, 'PENDING', TIMESTAMP '2026-03-10 09:00:00', NULL, NULL, 0)");
    // agent1 acts for the enterprise; agent2 had switched to it before its authorisation was
    // revoked
    s.execute(
        account
            + "(5, 'agent2', '周经办', 'AGENT', 'x', FALSE, TRUE, FALSE, 0,"
            + " TIMESTAMP '2026-01-01 08:00:00', 0, NULL)");
    s.execute(
        agent
            + "(603, 5, 500, 'REVOKED', TIMESTAMP '2026-03-11 09:00:00',"
            + " TIMESTAMP '2026-03-12 09:00:00', NULL, 2)");
    s.execute("UPDATE user_account SET enterprise_id = 500 WHERE id IN (4, 5)");
    s.execute(
        "INSERT INTO mobile_change_request (id, account_id, person_name, id_number, new_mobile,"
            + " id_scan_id, origin, submitted_at, status) VALUES (300, 1, '张三', 'E12345678',"
            + " '13900000001', 16, '127.0.0.1', TIMESTAMP '2026-03-05 09:00:00', 'SUBMITTED')");
  }

  private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (var rs = c.createStatement().executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof Integer k ? Long.valueOf(k) : v);
        }
        rows.add(java.util.Collections.unmodifiableList(row));
      }
    }
    return rows;
  }
}
