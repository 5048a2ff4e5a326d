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
 * A migration that moves the requests of an old separate review table into filings of the engine
 * (#17): each request a filing of its account, numbered after the numbers already given, with its
 * form, its scans as materials, its history (created, submitted, decided) and, while it waits, its
 * place in the deciding role's queue. A waiting request's due date counts calendar days from its
 * submission: the working-day calendar is the application's, not the migration's. Java, as the ids
 * come from the sequences, whose syntax differs between H2 and PostgreSQL.
 */
abstract class RequestsToFilings extends BaseJavaMigration {

  private Connection c;
  private boolean postgres;
  private final Map<String, Long> counters = new HashMap<>();

  @Override
  public final void migrate(Context context) throws SQLException {
    c = context.getConnection();
    postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    move();
    saveCounters();
  }

  /** Moves the requests (with {@link #filing}, {@link #insert}, {@link #material}). */
  abstract void move() throws SQLException;

  /** Runs statements (dropping what was moved). */
  void execute(String... statements) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** The filing of a request, with its history; its id. */
  long filing(
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
    if ("INVALIDATED".equals(status)) { // revoked after its approval
      event(id, decided, (String) r.get("decided_by"), "approved", "SUBMITTED", "APPROVED", null);
      event(
          id,
          decided,
          (String) r.get("decided_by"),
          "invalidated",
          "APPROVED",
          status,
          (String) r.get("remark"));
    } else if (!waiting) {
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

  void material(long filing, String slot, Object file, Map<String, Object> r) throws SQLException {
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

  /** Sets one column of one row. */
  void update(String table, long id, String column, Object value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
      p.setObject(1, value);
      p.setLong(2, id);
      p.executeUpdate();
    }
  }

  /** The next value of a sequence. */
  long nextOf(String sequence) throws SQLException {
    return next(sequence);
  }

  /** Inserts a row: {@code id} (when not null), then column, value pairs. */
  void insert(String table, Long id, Object... pairs) throws SQLException {
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

  List<Map<String, Object>> rows(String sql) throws SQLException {
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
