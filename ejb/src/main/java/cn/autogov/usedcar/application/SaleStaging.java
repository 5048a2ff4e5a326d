package cn.autogov.usedcar.application;

import cn.autogov.document.sheet.XlsxReader;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.Problem;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.domain.Sale;
import cn.autogov.usedcar.domain.SaleColumns;
import cn.autogov.usedcar.domain.SaleParty;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One import's run over its file, in the caller's transaction: every row checked as the form checks
 * it and the good ones staged (JDBC batches, in the file's order); then, in the database, what the
 * rows say together — the same vehicle twice on a day within the file, a sale recorded before (the
 * very same: skipped; another: refused) —; and on commit the staged rows moved to {@code uc_sale}
 * at once. Its memory does not grow with the rows: problems beyond those listed are counted only
 * (unless all are asked for, by row, for the error workbook).
 */
final class SaleStaging {

  private static final int BATCH = 1_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String COLUMNS =
      "buyer_kind, buyer_name, buyer_id_number, buyer_address, buyer_mobile,"
          + " seller_kind, seller_name, seller_id_number, seller_address, seller_mobile,"
          + " agent_kind, agent_name, agent_id_number, agent_address, agent_mobile,"
          + " plate_number, registration_number, vin, brand_model, vehicle_class,"
          + " transfer_office, price, dealing_unit, sold_on, fingerprint";

  private final Connection c;
  private final Long enterprise;
  private final int listed;
  private final Map<Integer, List<ImportReport.RowProblem>> all;
  private final long key = RANDOM.nextLong();
  private final List<ImportReport.RowProblem> problems = new ArrayList<>();
  private final Map<String, Integer> columnOf = new HashMap<>();
  private String[] columns;
  private int rows;
  private int valid;
  private int already;
  private long problemCount;

  /** {@code all}: when not null, every problem goes there by row (the error workbook's). */
  SaleStaging(
      Connection c, Long enterprise, int listed, Map<Integer, List<ImportReport.RowProblem>> all) {
    this.c = c;
    this.enterprise = enterprise;
    this.listed = listed;
    this.all = all;
  }

  SaleStaging read(Path file) throws SQLException {
    int read;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO uc_sale_staging (import_key, row_no, "
                + COLUMNS
                + ") VALUES (?, ?"
                + ", ?".repeat(25)
                + ")")) {
      int[] batched = {0};
      read =
          XlsxReader.stream(
              file.toFile(),
              SaleImports.MOST_ROWS + 1, // one more: to tell a file of too many
              (n, cells) -> {
                try {
                  row(insert, batched, n, cells);
                } catch (SQLException e) {
                  throw new IOException(e);
                }
              });
      insert.executeBatch();
    } catch (XlsxReader.NotAWorkbook e) {
      throw SaleImports.notAWorkbook();
    } catch (IOException e) {
      if (e.getCause() instanceof SQLException s) {
        throw s;
      }
      throw SaleImports.notAWorkbook();
    }
    if (columns == null || rows == 0) {
      refuse("usedcar.sheet-no-rows");
    }
    if (read > SaleImports.MOST_ROWS) {
      refuse("usedcar.sheet-too-many-rows");
    }
    repeatedInFile();
    againstRecorded();
    inReportedMonths();
    return this;
  }

  private void row(PreparedStatement insert, int[] batched, int n, List<String> cells)
      throws SQLException {
    if (columns == null) {
      var checks = new Checks();
      columns = SaleColumns.of(cells, checks);
      checks.throwIfAny();
      for (int i = 0; i < columns.length; i++) {
        if (columns[i] != null) {
          columnOf.put(columns[i], i);
        }
      }
      return;
    }
    if (SaleColumns.blank(cells)) {
      return;
    }
    rows++;
    var checks = new Checks();
    Sale s = SaleColumns.entry(columns, cells).check(checks);
    if (s == null) {
      for (var p : checks.problems()) {
        problem(n, p.field(), p.problem());
      }
      return;
    }
    valid++;
    int i = 1;
    insert.setLong(i++, key);
    insert.setInt(i++, n);
    for (SaleParty p : new SaleParty[] {s.buyer(), s.seller(), s.agent()}) {
      insert.setString(i++, p == null ? null : p.kind().name());
      insert.setString(i++, p == null ? null : p.name());
      insert.setString(i++, p == null ? null : p.idNumber());
      insert.setString(i++, p == null ? null : p.address());
      insert.setString(i++, p == null ? null : p.mobile());
    }
    insert.setString(i++, s.plateNumber());
    insert.setString(i++, s.registrationNumber());
    insert.setString(i++, s.vin());
    insert.setString(i++, s.brandModel());
    insert.setString(i++, s.vehicleClass().name());
    insert.setString(i++, s.transferOffice());
    insert.setBigDecimal(i++, s.price());
    insert.setString(i++, s.dealingUnit());
    insert.setDate(i++, Date.valueOf(s.soldOn()));
    insert.setString(i, s.fingerprint());
    insert.addBatch();
    if (++batched[0] % BATCH == 0) {
      insert.executeBatch();
    }
  }

  /** The same vehicle on the same day twice in the file: every later row names the first. */
  private void repeatedInFile() throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT s.row_no, f.first_row, s.vin, s.sold_on FROM uc_sale_staging s JOIN"
                + " (SELECT vin, sold_on, MIN(row_no) AS first_row FROM uc_sale_staging"
                + " WHERE import_key = ? GROUP BY vin, sold_on HAVING COUNT(*) > 1) f"
                + " ON s.vin = f.vin AND s.sold_on = f.sold_on"
                + " WHERE s.import_key = ? AND s.row_no <> f.first_row ORDER BY s.row_no")) {
      q.setLong(1, key);
      q.setLong(2, key);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          valid--;
          problem(
              r.getInt(1),
              "vin",
              Problem.error(
                  "usedcar.sheet-repeated",
                  "vin",
                  r.getString(3),
                  "day",
                  r.getDate(4).toString(),
                  "row",
                  r.getInt(2)));
        }
      }
    }
  }

  /**
   * Rows recorded before: the very same sale is skipped; another of that vehicle and day refused.
   */
  private void againstRecorded() throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT s.row_no, s.vin, s.sold_on, s.fingerprint, u.fingerprint, u.entered_on"
                + " FROM uc_sale_staging s JOIN uc_sale u ON u.enterprise_id = ?"
                + " AND u.vin = s.vin AND u.sold_on = s.sold_on"
                + " WHERE s.import_key = ? ORDER BY s.row_no")) {
      q.setLong(1, enterprise);
      q.setLong(2, key);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          if (r.getString(4).equals(r.getString(5))) {
            already++;
          } else {
            valid--;
            problem(
                r.getInt(1),
                "vin",
                Problem.error(
                    "usedcar.sale-duplicate",
                    "vin",
                    r.getString(2),
                    "day",
                    r.getDate(3).toString(),
                    "entered",
                    r.getDate(6).toString()));
          }
        }
      }
    }
    try (PreparedStatement d =
        c.prepareStatement(
            "DELETE FROM uc_sale_staging WHERE import_key = ? AND EXISTS (SELECT 1 FROM uc_sale u"
                + " WHERE u.enterprise_id = ? AND u.vin = uc_sale_staging.vin"
                + " AND u.sold_on = uc_sale_staging.sold_on)")) {
      d.setLong(1, key);
      d.setLong(2, enterprise);
      d.executeUpdate();
    }
  }

  /**
   * Rows of a month whose monthly report is reported (上报, 受理, a correction asked): that month's
   * sales are closed ({@link ReportLocks}, said here in SQL for the whole file at once).
   */
  private void inReportedMonths() throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT s.row_no, r.period, r.status FROM uc_sale_staging s JOIN uc_report r"
                + " ON r.enterprise_id = ? AND r.kind = 'MONTHLY'"
                + " AND r.status IN ('SUBMITTED', 'ACCEPTED', 'CORRECTION_REQUESTED')"
                + " AND s.sold_on >= r.period_start AND s.sold_on < r.period_end"
                + " WHERE s.import_key = ? ORDER BY s.row_no")) {
      q.setLong(1, enterprise);
      q.setLong(2, key);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          valid--;
          problem(
              r.getInt(1),
              "soldOn",
              Problem.error(
                  "usedcar.month-reported",
                  "period",
                  r.getString(2),
                  "status",
                  new cn.autogov.kernel.DomainText.Label("reportStatus." + r.getString(3))));
        }
      }
    }
  }

  /** Moves the staged rows to the sales, under the import; how many. */
  int commit(Long importId, String by, LocalDateTime now) throws SQLException {
    boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    String next = postgres ? "nextval('uc_sale_seq')" : "NEXT VALUE FOR uc_sale_seq";
    int moved;
    try (PreparedStatement move =
        c.prepareStatement(
            "INSERT INTO uc_sale (id, enterprise_id, entered_on, entered_at, entered_by, import_id,"
                + " version, "
                + COLUMNS
                + ") SELECT "
                + next
                + ", ?, ?, ?, ?, ?, 1, "
                + COLUMNS
                + " FROM uc_sale_staging WHERE import_key = ?")) {
      move.setLong(1, enterprise);
      move.setDate(2, Date.valueOf(now.toLocalDate()));
      move.setTimestamp(3, Timestamp.valueOf(now));
      move.setString(4, by);
      move.setLong(5, importId);
      move.setLong(6, key);
      moved = move.executeUpdate();
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) { // another import of the same rows got there first
        throw new RefusedException("usedcar.import-concurrent");
      }
      throw e;
    }
    try (PreparedStatement d =
        c.prepareStatement("DELETE FROM uc_sale_staging WHERE import_key = ?")) {
      d.setLong(1, key);
      d.executeUpdate();
    }
    return moved;
  }

  private void problem(int row, String field, Problem p) {
    Integer column = columnOf.get(field);
    var rp = new ImportReport.RowProblem(row, column == null ? -1 : column, field, p);
    problemCount++;
    if (problems.size() < listed) {
      problems.add(rp);
    }
    if (all != null) {
      all.computeIfAbsent(row, r -> new ArrayList<>()).add(rp);
    }
  }

  private static void refuse(String key) {
    var checks = new Checks();
    checks.add("file", key);
    checks.throwIfAny();
  }

  int rows() {
    return rows;
  }

  int alreadyRecorded() {
    return already;
  }

  long problemCount() {
    return problemCount;
  }

  ImportReport report(String fileName, boolean committed, Long importId) {
    problems.sort(
        java.util.Comparator.comparingInt(ImportReport.RowProblem::row)
            .thenComparingInt(ImportReport.RowProblem::column));
    return new ImportReport(
        fileName,
        rows,
        valid,
        already,
        committed ? valid - already : 0,
        committed,
        problemCount,
        List.copyOf(problems),
        importId);
  }
}
