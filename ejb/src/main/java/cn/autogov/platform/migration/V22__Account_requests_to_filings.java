package cn.autogov.platform.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the real-name verifications and account recoveries of the old separate review tables into
 * filings of the account area's types (#17): each request a filing of its account, numbered, with
 * its form, its scans as materials, its history (created, submitted, decided) and, while it waits,
 * its place in the deciding role's queue; then drops the old tables. A waiting request's due date
 * counts calendar days from its submission (3 working days ≈ 5, 5 ≈ 7): the working-day calendar is
 * the application's, not the migration's. Java, as the ids come from the sequences, whose syntax
 * differs between H2 and PostgreSQL.
 */
public class V22__Account_requests_to_filings extends BaseJavaMigration {

  private Connection c;
  private boolean postgres;
  private final Map<String, Long> counters = new HashMap<>();

  @Override
  public void migrate(Context context) throws SQLException {
    c = context.getConnection();
    postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    realNames();
    recoveries();
    saveCounters();
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE real_name_application");
      s.execute("DROP TABLE account_recovery");
      s.execute("DROP SEQUENCE real_name_seq");
      s.execute("DROP SEQUENCE recovery_seq");
    }
  }

  private void realNames() throws SQLException {
    String sql =
        "SELECT r.*, u.login_name FROM real_name_application r"
            + " JOIN user_account u ON u.id = r.account_id ORDER BY r.submitted_at, r.id";
    for (Map<String, Object> r : rows(sql)) {
      boolean legal = "LEGAL_PERSON".equals(r.get("subject"));
      long id =
          filing(
              r,
              legal ? "real-name-legal-person" : "real-name-natural-person",
              legal ? "RNL" : "RNN",
              (Long) r.get("account_id"),
              "ADMIN",
              5);
      if (legal) {
        insert(
            "account_real_name_legal",
            id,
            "enterprise_type",
            r.get("enterprise_type"),
            "credit_code",
            r.get("credit_code"),
            "organisation_name",
            r.get("organisation_name"),
            "legal_person_type",
            r.get("legal_person_type"),
            "legal_representative",
            r.get("person_name"),
            "id_type",
            r.get("id_type"),
            "id_number",
            r.get("id_number"),
            "address",
            r.get("address"));
      } else {
        insert(
            "account_real_name_natural",
            id,
            "person_name",
            r.get("person_name"),
            "id_type",
            r.get("id_type"),
            "id_number",
            r.get("id_number"),
            "id_valid_from",
            r.get("id_valid_from"),
            "id_valid_until",
            Boolean.TRUE.equals(r.get("id_permanent")) ? null : r.get("id_valid_until"),
            "address",
            r.get("address"));
      }
      material(id, "idScan", r.get("id_scan_id"), r);
      material(id, "licenceScan", r.get("licence_scan_id"), r);
    }
  }

  private void recoveries() throws SQLException {
    String sql =
        "SELECT r.*, u.login_name FROM account_recovery r"
            + " JOIN user_account u ON u.id = r.requester_id ORDER BY r.submitted_at, r.id";
    for (Map<String, Object> r : rows(sql)) {
      long id =
          filing(
              r,
              "account-recovery",
              "ARC",
              (Long) r.get("requester_id"),
              "CERTIFICATION_CENTRE",
              7);
      insert(
          "account_recovery_form",
          id,
          "listing",
          Boolean.TRUE.equals(r.get("announced")) ? "BULLETIN" : "NON_BULLETIN",
          "credit_code",
          r.get("credit_code"),
          "enterprise_name",
          r.get("enterprise_name"),
          "requester_name",
          r.get("requester_name"),
          "requester_id_number",
          r.get("requester_id_number"),
          "authorised_name",
          r.get("authorised_name"),
          "authorised_id_number",
          r.get("authorised_id_number"));
      material(id, "announcementFront", r.get("announcement_front_id"), r);
      material(id, "announcementPage", r.get("announcement_page_id"), r);
      material(id, "licence", r.get("licence_id"), r);
      material(id, "letter", r.get("letter_id"), r);
      material(id, "legalPersonIdScan", r.get("legal_person_id_scan"), r);
      material(id, "authorisedIdScan", r.get("authorised_id_scan"), r);
    }
  }

  /** The filing of a request, with its history; its id. */
  private long filing(
      Map<String, Object> r, String type, String prefix, Long account, String role, int days)
      throws SQLException {
    long id = next("filing_seq");
    Timestamp submitted = (Timestamp) r.get("submitted_at");
    Timestamp decided = (Timestamp) r.get("decided_at");
    String status = (String) r.get("status");
    boolean waiting = "SUBMITTED".equals(status);
    String login = (String) r.get("login_name");
    int year = submitted.toLocalDateTime().getYear();
    long n = counters.computeIfAbsent(prefix + ":" + year, k -> counter(prefix, year)) + 1;
    counters.put(prefix + ":" + year, n);
    insert(
        "filing",
        id,
        "number",
        String.format("%s-%d-%06d", prefix, year, n),
        "type_code",
        type,
        "account_id",
        account,
        "created_by",
        login,
        "status",
        status,
        "stage",
        0,
        "created_at",
        submitted,
        "submitted_at",
        submitted,
        "due_on",
        waiting ? Date.valueOf(submitted.toLocalDateTime().toLocalDate().plusDays(days)) : null,
        "decided_at",
        decided,
        "decided_by",
        r.get("decided_by"),
        "remark",
        r.get("remark"),
        "queue_role",
        waiting ? role : null,
        "applicant_name",
        login,
        "channel",
        "ONLINE",
        "status_changed_at",
        decided == null ? submitted : decided,
        "fulfilled_steps",
        0,
        "version",
        0);
    event(id, submitted, login, "created", null, "DRAFT", null);
    event(id, submitted, login, "submitted", "DRAFT", "SUBMITTED", null);
    if (!waiting) {
      event(
          id,
          decided,
          (String) r.get("decided_by"),
          status.toLowerCase(),
          "SUBMITTED",
          status,
          (String) r.get("remark"));
    }
    return id;
  }

  private void event(
      long filing, Timestamp at, String actor, String action, String from, String to, String remark)
      throws SQLException {
    insert(
        "filing_event",
        next("filing_event_seq"),
        "filing_id",
        filing,
        "acted_at",
        at,
        "actor",
        actor == null ? "system" : actor,
        "action",
        action,
        "from_status",
        from,
        "to_status",
        to,
        "stage",
        0,
        "remark",
        remark);
  }

  private void material(long filing, String slot, Object file, Map<String, Object> r)
      throws SQLException {
    if (file == null) {
      return;
    }
    insert(
        "filing_material",
        next("filing_material_seq"),
        "filing_id",
        filing,
        "slot",
        slot,
        "file_id",
        file,
        "uploaded_by",
        r.get("login_name"),
        "uploaded_at",
        r.get("submitted_at"));
  }

  private long counter(String prefix, int year) {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT last_value FROM filing_counter WHERE prefix = ? AND counter_year = ?")) {
      p.setString(1, prefix);
      p.setInt(2, year);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void saveCounters() throws SQLException {
    for (var e : counters.entrySet()) {
      String[] k = e.getKey().split(":");
      int year = Integer.parseInt(k[1]);
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE filing_counter SET last_value = ? WHERE prefix = ? AND counter_year = ?")) {
        p.setLong(1, e.getValue());
        p.setString(2, k[0]);
        p.setInt(3, year);
        if (p.executeUpdate() == 0) {
          insert(
              "filing_counter",
              null,
              "prefix",
              k[0],
              "counter_year",
              year,
              "last_value",
              e.getValue());
        }
      }
    }
  }

  private long next(String sequence) throws SQLException {
    String sql =
        postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Inserts a row: {@code id} (when not null), then column, value pairs. */
  private void insert(String table, Long id, Object... pairs) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    if (id != null) {
      values.put(table.startsWith("account_") ? "filing_id" : "id", id);
    }
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", values.keySet())
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(values.size(), "?"))
            + ")";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      for (Object v : values.values()) {
        p.setObject(i++, v);
      }
      p.executeUpdate();
    }
  }

  private List<Map<String, Object>> rows(String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      var meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i).toLowerCase(), rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
