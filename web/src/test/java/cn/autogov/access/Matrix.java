package cn.autogov.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what, written down once for the access-control suite: every protected page and every
 * REST operation with the roles that may use it. A page or operation that is not listed here fails
 * the suite, so new ones must be thought about.
 */
final class Matrix {

  static final String NOBODY = "NOBODY";
  static final String PUBLIC = "PUBLIC";

  static final List<String> ROLES =
      List.of(
          "REGISTERED",
          "ENTERPRISE",
          "AGENT",
          "CERTIFICATION_CENTRE",
          "COMMERCE_AUTHORITY",
          "ISSUING_AUTHORITY",
          "EKEY_PROVIDER",
          "ADMIN");

  private static final Set<String> ALL = Set.copyOf(ROLES);
  private static final Set<String> STAFF =
      Set.of(
          "CERTIFICATION_CENTRE",
          "COMMERCE_AUTHORITY",
          "ISSUING_AUTHORITY",
          "EKEY_PROVIDER",
          "ADMIN");
  private static final Set<String> ENTERPRISE_SIDE = Set.of("ENTERPRISE", "AGENT");

  /** Who files: the enterprise's side, and an account for its own affairs (实名认证, 账号找回). */
  private static final Set<String> APPLICANTS = Set.of("ENTERPRISE", "AGENT", "REGISTERED");

  /** Remark templates: the reviewing organisations, and administrators (人工实名认证). */
  private static final Set<String> REVIEWERS =
      Set.of(
          "CERTIFICATION_CENTRE",
          "COMMERCE_AUTHORITY",
          "ISSUING_AUTHORITY",
          "EKEY_PROVIDER",
          "ADMIN");

  /** The workbench: the reviewers, and legal persons (经办人审核: what is filed to the enterprise). */
  private static final Set<String> DECIDERS = union(REVIEWERS, Set.of("ENTERPRISE"));

  /** Paper applications (线下申请): the reviewing organisations' staff. */
  private static final Set<String> INTAKE =
      Set.of("CERTIFICATION_CENTRE", "COMMERCE_AUTHORITY", "ISSUING_AUTHORITY", "EKEY_PROVIDER");

  private static final Set<String> EDITORS =
      Set.of(
          "ENTERPRISE",
          "AGENT",
          "CERTIFICATION_CENTRE",
          "COMMERCE_AUTHORITY",
          "ISSUING_AUTHORITY",
          "EKEY_PROVIDER");
  private static final Set<String> ADMIN = Set.of("ADMIN");
  private static final Set<String> OPEN = Set.of(PUBLIC);

  /** Pages about one record (?id=): without one, the roles that may open them are told 404. */
  static final Set<String> NEEDS_ID =
      Set.of("/app/filings/edit.xhtml", "/app/filings/view.xhtml", "/review/filings/view.xhtml");

  private static final Map<String, Set<String>> PAGES = new LinkedHashMap<>();
  private static final Map<String, Set<String>> REST = new LinkedHashMap<>();

  static {
    PAGES.put("/app/home.xhtml", ALL);
    PAGES.put("/app/inbox.xhtml", ALL);
    PAGES.put("/app/account/index.xhtml", ALL);
    PAGES.put("/app/account/password.xhtml", ALL);
    PAGES.put("/app/agent/index.xhtml", Set.of("AGENT"));
    PAGES.put("/app/enterprise/index.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/app/enterprise/agents.xhtml", Set.of("ENTERPRISE"));
    PAGES.put("/review/enterprises.xhtml", STAFF);
    PAGES.put("/app/enterprise/openings.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/review/openings.xhtml", Set.of("CERTIFICATION_CENTRE"));
    PAGES.put("/app/enterprise/front-styles.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/app/usedcar/sales.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/app/ekey/keys.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/review/ekeys.xhtml", Set.of("EKEY_PROVIDER"));
    PAGES.put("/app/usedcar/sale.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/app/usedcar/import.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/app/usedcar/reports.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/app/usedcar/report.xhtml", ENTERPRISE_SIDE);
    PAGES.put("/review/usedcar/reports.xhtml", Set.of("COMMERCE_AUTHORITY"));
    PAGES.put("/review/usedcar/report.xhtml", Set.of("COMMERCE_AUTHORITY"));
    PAGES.put("/review/usedcar/statistics.xhtml", Set.of("COMMERCE_AUTHORITY"));
    PAGES.put("/review/front-styles.xhtml", Set.of("CERTIFICATION_CENTRE"));
    PAGES.put("/app/filings/index.xhtml", APPLICANTS);
    PAGES.put("/app/filings/edit.xhtml", union(EDITORS, APPLICANTS));
    PAGES.put("/app/filings/view.xhtml", APPLICANTS);
    PAGES.put("/review/filings/index.xhtml", DECIDERS);
    PAGES.put("/review/filings/view.xhtml", DECIDERS);
    PAGES.put("/review/filings/intake.xhtml", INTAKE);
    for (String p :
        List.of(
            "audit",
            "calendar",
            "clients",
            "enterprises",
            "exchange",
            "outbox",
            "reference-codes",
            "staff")) {
      PAGES.put("/admin/" + p + ".xhtml", ADMIN);
    }

    for (String op :
        List.of(
            "POST /api/v1/registrations",
            "POST /api/v1/sessions",
            "POST /api/v1/sessions/code",
            "POST /api/v1/password-resets",
            "POST /api/v1/password-resets/confirmation",
            "POST /api/v1/mobile-changes/code",
            "POST /api/v1/mobile-changes",
            "POST /api/v1/verification-codes",
            "POST /api/v1/used-car/registrations",
            "GET /api/v1/identifiers/{kind}/{value}",
            "GET /api/v1/platform",
            "GET /api/v1/reference-codes/{category}",
            "GET /api/v1/regions",
            "GET /api/v1/working-days",
            "POST /api/v1/uploads/{rule}/check",
            "GET /api/v1/public/filing-verifications",
            "GET /api/v1/public/exchange-key",
            // the e-key CA: what relying parties fetch
            "GET /api/v1/pki/ekey.crl",
            "GET /api/v1/pki/ekey-ca.pem",
            "POST /api/v1/pki/ocsp",
            // the system exchange: no user role opens it; system clients authenticate themselves
            "GET /api/v1/exchange/customs/export-filing-verifications",
            "GET /api/v1/exchange/customs/export-filings/{number}",
            "GET /api/v1/exchange/customs/export-filing-changes",
            "GET /api/v1/exchange/tax/openings",
            "POST /api/v1/exchange/tax/openings/{number}/confirmation",
            "GET /api/v1/exchange/tax/enterprises/{creditCode}",
            "GET /api/v1/exchange/tax/batch-changes",
            "GET /api/v1/exchange/ekey/applications",
            "POST /api/v1/exchange/ekey/applications/{number}/recheck",
            "POST /api/v1/exchange/ekey/applications/{number}/certificate",
            "POST /api/v1/exchange/ekey/applications/{number}/steps",
            "POST /api/v1/exchange/ekey/certificates/{serial}/revocation")) {
      REST.put(op, OPEN);
    }
    for (String op :
        List.of(
            "DELETE /api/v1/sessions/current",
            "GET /api/v1/me",
            "GET /api/v1/me/sessions",
            "DELETE /api/v1/me/sessions/{id}",
            "POST /api/v1/me/mobile/code",
            "PUT /api/v1/me/mobile",
            "PUT /api/v1/me/password",
            "GET /api/v1/inbox",
            "POST /api/v1/inbox/{id}/read")) {
      REST.put(op, ALL);
    }
    REST.put("GET /api/v1/me/agent-authorisations", Set.of("AGENT"));
    REST.put("GET /api/v1/me/agent-applications", Set.of("AGENT"));
    REST.put("POST /api/v1/me/agent-applications", Set.of("AGENT"));
    REST.put("PUT /api/v1/me/acting-enterprise", Set.of("AGENT"));
    REST.put("GET /api/v1/enterprise", ENTERPRISE_SIDE);
    REST.put("PUT /api/v1/enterprise/address", ENTERPRISE_SIDE);
    REST.put("GET /api/v1/enterprise/activity", ENTERPRISE_SIDE);
    REST.put("GET /api/v1/enterprise/sub-enterprises", Set.of("ENTERPRISE"));
    REST.put("GET /api/v1/enterprise/agents", Set.of("ENTERPRISE"));
    REST.put("POST /api/v1/enterprise/agents/{id}/revoke", Set.of("ENTERPRISE"));
    REST.put("GET /api/v1/enterprises", STAFF);
    REST.put(
        "GET /api/v1/enterprises/{id}",
        Set.of(
            "ENTERPRISE",
            "AGENT",
            "CERTIFICATION_CENTRE",
            "COMMERCE_AUTHORITY",
            "ISSUING_AUTHORITY",
            "EKEY_PROVIDER",
            "ADMIN"));
    for (String op :
        List.of(
            "GET /api/v1/filing-types",
            "GET /api/v1/filings/{id}",
            "GET /api/v1/filings/{id}/history",
            "GET /api/v1/filings/{id}/audit",
            "GET /api/v1/filings/{id}/documents/{kind}",
            "GET /api/v1/filings/{id}/materials/{slot}")) {
      REST.put(op, ALL);
    }
    REST.put("GET /api/v1/filings", APPLICANTS);
    REST.put("POST /api/v1/filings", APPLICANTS);
    REST.put("POST /api/v1/filings/{id}/changes", ENTERPRISE_SIDE);
    // the applicant's own step after approval (U盾 已签收): its legal person or agent
    REST.put("POST /api/v1/filings/{id}/fulfilment", ENTERPRISE_SIDE);
    REST.put("GET /api/v1/coc/openings/mine", ENTERPRISE_SIDE);
    REST.put("GET /api/v1/coc/openings", Set.of("CERTIFICATION_CENTRE"));
    REST.put("GET /api/v1/coc/front-styles/mine", ENTERPRISE_SIDE);
    REST.put(
        "GET /api/v1/coc/batch-changes/{id}/exclusions",
        Set.of("ENTERPRISE", "AGENT", "CERTIFICATION_CENTRE"));
    REST.put(
        "GET /api/v1/coc/batch-changes/{id}/approved",
        Set.of("ENTERPRISE", "AGENT", "CERTIFICATION_CENTRE"));
    REST.put("POST /api/v1/coc/batch-changes/{id}/exclusions", Set.of("CERTIFICATION_CENTRE"));
    REST.put(
        "DELETE /api/v1/coc/batch-changes/{id}/exclusions/{number}",
        Set.of("CERTIFICATION_CENTRE"));
    REST.put("GET /api/v1/coc/front-styles", Set.of("CERTIFICATION_CENTRE"));
    for (String op :
        List.of(
            "GET /api/v1/used-car/standing",
            "GET /api/v1/used-car/sales/fields",
            "POST /api/v1/used-car/sales",
            "GET /api/v1/used-car/sales",
            "GET /api/v1/used-car/sales/{id}",
            "PUT /api/v1/used-car/sales/{id}",
            "DELETE /api/v1/used-car/sales/{id}",
            "GET /api/v1/used-car/sales/template",
            "POST /api/v1/used-car/imports",
            "POST /api/v1/used-car/imports/errors",
            "GET /api/v1/used-car/reports/kinds",
            "GET /api/v1/used-car/reports",
            "POST /api/v1/used-car/reports",
            "GET /api/v1/used-car/reports/{id}",
            "PUT /api/v1/used-car/reports/{id}",
            "POST /api/v1/used-car/reports/{id}/recompute",
            "POST /api/v1/used-car/reports/{id}/submit",
            "POST /api/v1/used-car/reports/{id}/correction")) {
      REST.put(op, ENTERPRISE_SIDE);
    }
    for (String op :
        List.of(
            "GET /api/v1/used-car/report-reviews/statistics",
            "GET /api/v1/used-car/report-reviews/statistics.xlsx",
            "GET /api/v1/used-car/report-reviews/completeness",
            "POST /api/v1/used-car/report-reviews/reminders",
            "GET /api/v1/used-car/report-reviews/{id}",
            "POST /api/v1/used-car/report-reviews/{id}/acceptance",
            "POST /api/v1/used-car/report-reviews/{id}/return",
            "POST /api/v1/used-car/report-reviews/{id}/correction")) {
      REST.put(op, Set.of("COMMERCE_AUTHORITY"));
    }
    REST.put("POST /api/v1/ekey/applications/{id}/certificate", Set.of("EKEY_PROVIDER"));
    REST.put("GET /api/v1/ekey/keys", ENTERPRISE_SIDE);
    REST.put("GET /api/v1/ekey/key-search", Set.of("EKEY_PROVIDER"));
    REST.put("POST /api/v1/ekey/keys/{userName}/revocation", Set.of("EKEY_PROVIDER"));
    REST.put(
        "GET /api/v1/ekey/keys/{userName}/certificate",
        Set.of("ENTERPRISE", "AGENT", "EKEY_PROVIDER"));
    REST.put(
        "GET /api/v1/coc/enterprises/{id}/openings",
        Set.of("ENTERPRISE", "AGENT", "CERTIFICATION_CENTRE"));
    // editing: the applicant, and intake staff for paper applications
    for (String op :
        List.of(
            "PUT /api/v1/filings/{id}/form",
            "DELETE /api/v1/filings/{id}",
            "PUT /api/v1/filings/{id}/materials/{slot}",
            "PUT /api/v1/filings/{id}/rows/{table}",
            "DELETE /api/v1/filings/{id}/materials/{slot}",
            "POST /api/v1/filings/{id}/submit",
            "POST /api/v1/filings/{id}/withdraw")) {
      REST.put(op, union(EDITORS, APPLICANTS));
    }
    for (String op :
        List.of(
            "GET /api/v1/review/filings",
            "GET /api/v1/review/filings/done",
            "POST /api/v1/review/filings/{id}/claim",
            "POST /api/v1/review/filings/{id}/release",
            "GET /api/v1/review/filings/{id}/colleagues",
            "POST /api/v1/review/filings/{id}/assign",
            "POST /api/v1/review/filings/{id}/decisions",
            "POST /api/v1/review/filings/{id}/fulfilment",
            "POST /api/v1/review/filings/{id}/revocation")) {
      REST.put(op, DECIDERS);
    }
    for (String op :
        List.of(
            "GET /api/v1/review/remark-templates",
            "POST /api/v1/review/remark-templates",
            "DELETE /api/v1/review/remark-templates/{id}")) {
      REST.put(op, REVIEWERS);
    }
    REST.put("POST /api/v1/review/intake", INTAKE);
    REST.put("GET /api/v1/review/intake", INTAKE);
    for (String op :
        List.of(
            "GET /api/v1/admin/outbox",
            "GET /api/v1/admin/outbox/dead-letters",
            "POST /api/v1/admin/outbox/{id}/resend",
            "PUT /api/v1/admin/system-clients/{id}/callback",
            "PUT /api/v1/admin/system-clients/{id}/certificate",
            "DELETE /api/v1/admin/system-clients/{id}/certificate",
            "PUT /api/v1/admin/system-clients/{id}/rate",
            "GET /api/v1/admin/exchange-messages",
            "GET /api/v1/admin/exchange-messages/{id}",
            "GET /api/v1/admin/exchange-messages/verification",
            "POST /api/v1/admin/exchange-seals",
            "GET /api/v1/admin/exchange-bundles",
            "GET /api/v1/admin/audit/verification",
            "GET /api/v1/admin/audit",
            "GET /api/v1/admin/staff",
            "POST /api/v1/admin/staff",
            "PUT /api/v1/admin/staff/{id}/scope",
            "POST /api/v1/admin/staff/{id}/disable",
            "POST /api/v1/admin/staff/{id}/enable",
            "POST /api/v1/admin/staff/{id}/password-reset",
            "POST /api/v1/admin/sub-enterprises",
            "POST /api/v1/admin/client-certificates",
            "GET /api/v1/admin/system-clients",
            "POST /api/v1/admin/system-clients",
            "PUT /api/v1/admin/system-clients/{id}/rights",
            "POST /api/v1/admin/system-clients/{id}/secret",
            "POST /api/v1/admin/system-clients/{id}/disable",
            "POST /api/v1/admin/system-clients/{id}/enable")) {
      REST.put(op, ADMIN);
    }
  }

  private Matrix() {}

  static Set<String> page(String page) {
    Set<String> roles = PAGES.get(page);
    if (roles == null) {
      throw new AssertionError("page " + page + " is not in the access matrix");
    }
    return roles;
  }

  static Set<String> rest(String operation) {
    Set<String> roles = REST.get(operation);
    if (roles == null) {
      throw new AssertionError("operation " + operation + " is not in the access matrix");
    }
    return roles;
  }

  /** The role name of the security annotations (REGISTERED → registered). */
  static String roleName(String role) {
    return role.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    var all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
