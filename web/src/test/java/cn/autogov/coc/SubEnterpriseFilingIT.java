package cn.autogov.coc;

import static cn.autogov.filing.Api.PDF;
import static cn.autogov.filing.Api.file;
import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static cn.autogov.filing.Api.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 新增子企业备案 / 子企业信息变更 (seed 000 §六/§七) as a manufacturer and the certification centre use them: a
 * credit code already registered and a taken login name are refused at 上报, named; approval opens
 * the sub-enterprise and its account, whose one-time password goes by SMS to the number the form
 * gave (and nowhere else); a later change of the sub-enterprise names one of the applicant's own
 * sub-enterprises, and its approval changes the details, the old and new values kept.
 */
@Tag("served")
@ExtendWith(Served.class)
class SubEnterpriseFilingIT {

  @Served.Base URL base;

  @Test
  void shouldOpenTheSubEnterpriseWithItsOwnAccountThenChangeIt() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api admin = Api.of(base, "ADMIN", null);
    String parentCode = ent.expect(200, "GET", "/enterprise", null).getString("creditCode");
    String code = Fixtures.creditCode("110108");
    String login = "sub" + Long.toString(System.nanoTime(), 36);
    String mobile = "1391" + String.format("%07d", System.nanoTime() % 10_000_000);

    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"coc-sub-enterprise\"}");
    long id = id(d);
    assertTrue(d.getJsonObject("filing").getString("number").startsWith("CSE-"));
    for (String slot : new String[] {"licence", "letter", "legalPersonIdScan"}) {
      ent.expect(200, "PUT", "/filings/" + id + "/materials/" + slot, file(slot + ".pdf", PDF));
    }
    Map<String, String> v = new HashMap<>();
    v.put("listing", "NON_BULLETIN");
    v.put("subCreditCode", parentCode); // the parent's own: registered already
    v.put("subEnterpriseName", "演示汽车（天津）有限公司");
    v.put("legalRepresentative", "赵子法");
    v.put("registeredAddress", "天津市滨海新区子企业路1号");
    v.put("productionAddress", "天津市滨海新区生产路2号");
    v.put("loginName", ent.login()); // taken
    v.put("mobile", mobile);
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    var refused = ent.call("POST", "/filings/" + id + "/submit", null);
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(problems.contains("subCreditCode: "), problems);
    assertTrue(problems.contains("loginName: "), problems);

    v.put("subCreditCode", code);
    v.put("loginName", login);
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals("SUBMITTED", status(ent.expect(200, "POST", "/filings/" + id + "/submit", null)));
    assertEquals(
        "APPROVED",
        status(
            centre.expect(
                200,
                "POST",
                "/review/filings/" + id + "/decisions",
                "{\"decision\":\"APPROVE\"}")));

    // the sub-enterprise and its account exist; its one-time password went to its own number
    String subs = ent.call("GET", "/enterprise/sub-enterprises", null).body();
    assertTrue(subs.contains(code) && subs.contains(login), subs);
    String outbox = admin.call("GET", "/admin/outbox", null).body();
    assertTrue(outbox.contains("您的账号" + login + "已开通，一次性密码："), outbox);
    String otp = Portal.code(base, mobile);
    assertTrue(otp.length() >= 8, otp);

    // a change names one of the applicant's own sub-enterprises
    d = ent.expect(201, "POST", "/filings", "{\"type\":\"coc-sub-enterprise-change\"}");
    long change = id(d);
    ent.expect(200, "PUT", "/filings/" + change + "/materials/changedLicence", file("l.pdf", PDF));
    Map<String, String> c = new HashMap<>(values(d));
    c.put("listing", "NON_BULLETIN");
    c.put("subCreditCode", parentCode);
    c.put("enterpriseName", "演示汽车（天津）新能源有限公司");
    c.put("legalRepresentative", "钱新法");
    c.put("registeredAddress", "天津市滨海新区新址路9号");
    c.put("productionAddress", "天津市滨海新区生产路2号");
    ent.expect(200, "PUT", "/filings/" + change + "/form", form(c, true));
    var notMine = ent.call("POST", "/filings/" + change + "/submit", null);
    assertEquals(400, notMine.statusCode(), notMine.body());
    assertTrue(Api.problems(notMine.body()).contains("不是本企业的子企业"), notMine.body());
    c.put("subCreditCode", code);
    ent.expect(200, "PUT", "/filings/" + change + "/form", form(c, true));
    ent.expect(200, "POST", "/filings/" + change + "/submit", null);
    centre.expect(
        200, "POST", "/review/filings/" + change + "/decisions", "{\"decision\":\"APPROVE\"}");
    subs = ent.call("GET", "/enterprise/sub-enterprises", null).body();
    assertTrue(subs.contains("演示汽车（天津）新能源有限公司"), subs);
    String detail = ent.expect(200, "GET", "/filings/" + change, null).toString();
    assertTrue(detail.contains("赵子法") && detail.contains("钱新法"), "old and new values kept");
  }
}
