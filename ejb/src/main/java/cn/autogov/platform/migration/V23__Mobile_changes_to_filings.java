package cn.autogov.platform.migration;

import java.sql.SQLException;
import java.util.Map;

/**
 * Moves the mobile-number change requests of the old separate review table into filings of the
 * account area's type {@code mobile-change} (#17), its form in {@code account_mobile_change} (V23
 * SQL), then drops the old table. Due in calendar days: 3 working days ≈ 5.
 */
public class V23__Mobile_changes_to_filings extends RequestsToFilings {

  @Override
  void move() throws SQLException {
    execute(
        "CREATE TABLE account_mobile_change ("
            + " filing_id BIGINT NOT NULL PRIMARY KEY REFERENCES filing (id),"
            + " person_name VARCHAR(100), id_number VARCHAR(40), new_mobile VARCHAR(11))");
    String sql =
        "SELECT r.*, u.login_name FROM mobile_change_request r"
            + " JOIN user_account u ON u.id = r.account_id ORDER BY r.submitted_at, r.id";
    for (Map<String, Object> r : rows(sql)) {
      long id = filing(r, "mobile-change", "MCH", (Long) r.get("account_id"), "ADMIN", 5);
      insert(
          "account_mobile_change",
          id,
          "person_name",
          r.get("person_name"),
          "id_number",
          r.get("id_number"),
          "new_mobile",
          r.get("new_mobile"));
      material(id, "idScan", r.get("id_scan_id"), r);
    }
    execute("DROP TABLE mobile_change_request", "DROP SEQUENCE mobile_change_seq");
  }
}
