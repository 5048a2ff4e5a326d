package cn.autogov.platform.migration;

import java.sql.SQLException;
import java.util.Map;

/**
 * Moves the real-name verifications and account recoveries of the old separate review tables into
 * filings of the account area's types (#17), then drops the old tables. Due in calendar days: 3
 * working days ≈ 5, 5 ≈ 7.
 */
public class V22__Account_requests_to_filings extends RequestsToFilings {

  @Override
  void move() throws SQLException {
    realNames();
    recoveries();
    execute(
        "DROP TABLE real_name_application",
        "DROP TABLE account_recovery",
        "DROP SEQUENCE real_name_seq",
        "DROP SEQUENCE recovery_seq");
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
}
