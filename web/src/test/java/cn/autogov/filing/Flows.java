package cn.autogov.filing;

import static cn.autogov.filing.Api.PDF;
import static cn.autogov.filing.Api.PNG;
import static cn.autogov.filing.Api.file;
import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static cn.autogov.filing.Api.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Portal;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The two businesses of the filing tests, taken through the API as far as a test needs. */
final class Flows {

  static final String COC = "coc-enterprise-change";
  static final String EXPORT = "export-filing";

  private Flows() {}

  /** A certificate-information change filled in and submitted. */
  static JsonObject cocSubmitted(Api ent, String newName) {
    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"" + COC + "\"}");
    long id = id(d);
    Map<String, String> v = new HashMap<>(values(d));
    v.put("listing", "NON_BULLETIN");
    v.put("enterpriseName", newName);
    v.put("registeredAddress", "北京市海淀区新址路8号");
    v.put("productionAddress", "河北省保定市生产路1号");
    ent.expect(
        200, "PUT", "/filings/" + id + "/materials/changedLicence", file("licence.pdf", PDF));
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    return ent.expect(200, "POST", "/filings/" + id + "/submit", null);
  }

  /** An export filing filled in, with the producer's materials, submitted and approved. */
  static long exportApproved(URL base, Api ent, Api reviewer, Api otherDivision) {
    return exportApproved(base, ent, reviewer, otherDivision, null);
  }

  /** The same, with the enterprise's own 海关代码 (null: the common test one). */
  static long exportApproved(
      URL base, Api ent, Api reviewer, Api otherDivision, String customsCode) {
    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"" + EXPORT + "\"}");
    long id = id(d);
    assertTrue(d.getJsonObject("filing").getString("number").startsWith("EX-"));
    String page =
        new Portal.Session(base)
            .signIn(ent.login(), Portal.PASSWORD)
            .get("/app/filings/edit.xhtml?id=" + id)
            .body();
    assertTrue(page.contains("成立日期") && page.contains("type=\"date\""), "a date field");
    assertTrue(page.contains("生产企业") && page.contains("流通企业"), "the category's options");
    Map<String, String> v = exportValues(d);
    if (customsCode != null) {
      v.put("customsCode", customsCode);
    }
    var badDate = new HashMap<>(v);
    badDate.put("establishedOn", "2015/03/01");
    badDate.put("contactEmail", "wang@");
    String problems =
        Api.problems(ent.call("PUT", "/filings/" + id + "/form", form(badDate, false)).body());
    assertTrue(problems.contains("establishedOn: 成立日期须为日期"), problems);
    assertTrue(problems.contains("contactEmail:"), problems);
    var forged = new HashMap<>(v);
    forged.put("creditCode", "91110108MA00000000");
    assertEquals(
        v.get("creditCode"),
        values(ent.expect(200, "PUT", "/filings/" + id + "/form", form(forged, false)))
            .get("creditCode"),
        "the credit code is the account's, whatever is sent");
    for (String slot : List.of("licenceOriginal", "licenceCopy", "companySeal")) {
      ent.expect(200, "PUT", "/filings/" + id + "/materials/" + slot, file(slot + ".png", PNG));
    }
    for (String slot : PRODUCER_DOCUMENTS) {
      ent.expect(200, "PUT", "/filings/" + id + "/materials/" + slot, file(slot + ".pdf", PDF));
    }
    var wrongSlot =
        ent.call("PUT", "/filings/" + id + "/materials/premisesProof", file("p.pdf", PDF));
    assertEquals(
        409, wrongSlot.statusCode(), "a dealer's material is not in a producer's checklist");
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    ent.expect(200, "POST", "/filings/" + id + "/submit", null);
    if (otherDivision != null) {
      assertEquals(404, otherDivision.call("GET", "/filings/" + id, null).statusCode());
      assertEquals(
          404, otherDivision.call("POST", "/review/filings/" + id + "/claim", null).statusCode());
    }
    JsonObject approved =
        reviewer.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", status(approved));
    return id;
  }

  /** A 生产企业's 申报材料 (besides the three images), the slots of its export filing. */
  static final List<String> PRODUCER_DOCUMENTS =
      List.of(
          "companyProfile",
          "operations",
          "threeYearPlan",
          "implementationPlan",
          "officialLetter",
          "commitment",
          "bulletinProof");

  /** A complete export form: the filing's prefilled values and the rest. */
  static Map<String, String> exportValues(JsonObject detail) {
    Map<String, String> v = new HashMap<>(values(detail));
    v.putAll(
        Map.ofEntries(
            Map.entry("businessAddress", "北京市海淀区测试路1号"),
            Map.entry("customsCode", "1101910123"),
            Map.entry("exportCategory", "PRODUCER"),
            Map.entry("enterpriseNature", "PRIVATE"),
            Map.entry("registeredCapital", "1000"),
            Map.entry("businessArea", "5200.5"),
            Map.entry("enterpriseScale", "MEDIUM"),
            Map.entry("employees", "120"),
            Map.entry("exportStaff", "12"),
            Map.entry("establishedOn", "2015-03-01"),
            Map.entry("businessTermUntil", "2045-02-28"),
            Map.entry("businessScope", "二手车出口"),
            Map.entry("contactName", "王联系"),
            Map.entry("contactPosition", "经理"),
            Map.entry("contactMobile", "13811111111"),
            Map.entry("contactEmail", "wang@example.cn")));
    return v;
  }
}
