package cn.autogov.platform.migration;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Moves agents' authorisations of the old table with its own statuses into filings of the account
 * area's type {@code agent-application} (#17), addressed to the enterprise whose legal person
 * decides them: 待审核 waits in that legal person's queue (5 working days ≈ 7 calendar days), 已同意 is
 * approved and its grant kept in {@code agent_grant}, 已拒绝 rejected, 已撤销 无效 (approved first), 已撤回
 * withdrawn. Then the old table goes.
 */
public class V24__Agent_authorisations_to_filings extends RequestsToFilings {

  private static final Map<String, String> STATUS =
      Map.of(
          "PENDING", "SUBMITTED",
          "APPROVED", "APPROVED",
          "REJECTED", "REJECTED",
          "REVOKED", "INVALIDATED",
          "WITHDRAWN", "WITHDRAWN");

  @Override
  void move() throws SQLException {
    execute(
        "ALTER TABLE filing ADD COLUMN addressee_id BIGINT",
        "CREATE INDEX ix_filing_addressee ON filing (addressee_id, queue_role)",
        "CREATE TABLE account_agent_application ("
            + " filing_id BIGINT NOT NULL PRIMARY KEY REFERENCES filing (id),"
            + " enterprise_name VARCHAR(200), credit_code VARCHAR(18))",
        "CREATE SEQUENCE agent_grant_seq START WITH 50 INCREMENT BY 50",
        "CREATE TABLE agent_grant ("
            + " id BIGINT NOT NULL PRIMARY KEY,"
            + " agent_id BIGINT NOT NULL REFERENCES user_account (id),"
            + " enterprise_id BIGINT NOT NULL REFERENCES enterprise (id),"
            + " filing_id BIGINT REFERENCES filing (id),"
            + " filing_number VARCHAR(30),"
            + " granted_at TIMESTAMP NOT NULL,"
            + " CONSTRAINT uq_agent_grant UNIQUE (agent_id, enterprise_id))",
        "CREATE INDEX ix_agent_grant_enterprise ON agent_grant (enterprise_id)");
    String sql =
        "SELECT a.*, u.login_name, e.name AS enterprise_name, e.credit_code,"
            + " l.login_name AS decided_by FROM agent_authorisation a"
            + " JOIN user_account u ON u.id = a.agent_id"
            + " JOIN enterprise e ON e.id = a.enterprise_id"
            + " LEFT JOIN user_account l ON l.id = e.account_id"
            + " ORDER BY a.applied_at, a.id";
    for (Map<String, Object> old : rows(sql)) {
      Map<String, Object> r = new HashMap<>(old);
      r.put("status", STATUS.get((String) old.get("status")));
      r.put("submitted_at", old.get("applied_at"));
      if (old.get("decided_at") == null) {
        r.put("decided_by", null);
      }
      long id = filing(r, "agent-application", "AGA", (Long) old.get("agent_id"), "ENTERPRISE", 7);
      update("filing", id, "addressee_id", old.get("enterprise_id"));
      insert(
          "account_agent_application",
          id,
          "enterprise_name",
          old.get("enterprise_name"),
          "credit_code",
          old.get("credit_code"));
      if ("APPROVED".equals(old.get("status"))) {
        insert(
            "agent_grant",
            nextOf("agent_grant_seq"),
            "agent_id",
            old.get("agent_id"),
            "enterprise_id",
            old.get("enterprise_id"),
            "filing_id",
            id,
            "filing_number",
            number(id),
            "granted_at",
            old.get("decided_at") == null ? old.get("applied_at") : old.get("decided_at"));
      }
    }
    execute("DROP TABLE agent_authorisation", "DROP SEQUENCE agent_seq");
  }

  private String number(long filingId) throws SQLException {
    return (String) rows("SELECT number FROM filing WHERE id = " + filingId).get(0).get("number");
  }
}
