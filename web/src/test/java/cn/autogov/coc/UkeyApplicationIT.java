package cn.autogov.coc;

import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 合格证系统U盾申领 (seed 000 §五) over REST: the manufacturer asks for U-keys (every wrong field named),
 * the certification centre approves and records 已寄出 with the courier and tracking number (the
 * enterprise is texted it), and only the enterprise — its legal person or an agent acting for it —
 * confirms receipt (已签收); nobody else records a step that is not theirs.
 */
@Tag("served")
@ExtendWith(Served.class)
class UkeyApplicationIT {

  @Served.Base URL base;

  @Test
  void shouldPostTheKeysAndLetOnlyTheEnterpriseConfirmReceipt() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api rival = Api.of(base, "ENTERPRISE", "110108");
    var acting = Portal.create(base, "AGENT", null, ent.enterpriseId());
    Api agent =
        new Api(
            base,
            acting.login(),
            Portal.token(base, acting.login(), Portal.PASSWORD),
            ent.enterpriseId());

    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"coc-ukey\"}");
    long id = id(d);
    String number = d.getJsonObject("filing").getString("number");
    assertTrue(number.startsWith("UKY-"), number);

    // every wrong field named at once; the form keeps nothing half-written
    Map<String, String> v = new HashMap<>();
    v.put("keyCount", "0");
    v.put("recipient", "");
    v.put("recipientMobile", "1381234");
    v.put("mailingAddress", "北京市海淀区U盾路1号");
    var refused = ent.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(problems.contains("keyCount: 申领数量至少为1个"), problems);
    assertTrue(problems.contains("recipient: 收件人不能为空"), problems);
    assertTrue(problems.contains("recipientMobile: "), problems);
    assertEquals(
        "",
        Api.values(ent.expect(200, "GET", "/filings/" + id, null)).get("mailingAddress"),
        "nothing of a refused save is kept");
    v.put("keyCount", "11");
    assertTrue(
        Api.problems(ent.call("PUT", "/filings/" + id + "/form", form(v, true)).body())
            .contains("keyCount: 申领数量（个）须为0至10之间的整数"));

    v.put("keyCount", "2");
    v.put("recipient", "张收件");
    v.put("recipientMobile", "13812345678");
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals("SUBMITTED", status(ent.expect(200, "POST", "/filings/" + id + "/submit", null)));

    // the centre approves: the keys are to be posted
    d =
        centre.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", status(d));
    assertEquals("shipped", d.getJsonObject("filing").getJsonObject("nextStep").getString("code"));

    // the enterprise cannot say they were posted; the centre must name courier and number
    var early = ent.call("POST", "/filings/" + id + "/fulfilment", Api.step("shipped", null));
    assertEquals(409, early.statusCode(), early.body());
    var noNumber =
        centre.call("POST", "/review/filings/" + id + "/fulfilment", Api.step("shipped", ""));
    assertEquals(400, noNumber.statusCode(), noNumber.body());
    assertTrue(Api.problems(noNumber.body()).contains("shipment: 快递公司及运单号不能为空"));
    d =
        centre.expect(
            200,
            "POST",
            "/review/filings/" + id + "/fulfilment",
            Api.step("shipped", "EMS 1100123456789"));
    JsonObject filing = d.getJsonObject("filing");
    assertEquals("received", filing.getJsonObject("nextStep").getString("code"));
    assertTrue(filing.getJsonArray("operations").toString().contains("\"fulfil\""));
    String outbox = Api.of(base, "ADMIN", null).call("GET", "/admin/outbox", null).body();
    assertTrue(outbox.contains(number + "办理进度：已寄出，快递公司及运单号：EMS 1100123456789"), outbox);

    // receipt: never the centre's, never another enterprise's; the agent acting for it may
    var centreReceipt =
        centre.call("POST", "/review/filings/" + id + "/fulfilment", Api.step("received", null));
    assertEquals(409, centreReceipt.statusCode(), centreReceipt.body());
    assertEquals(
        404,
        rival
            .call("POST", "/filings/" + id + "/fulfilment", Api.step("received", null))
            .statusCode());
    assertTrue(
        ent.expect(200, "GET", "/filings/" + id, null)
            .getJsonObject("filing")
            .getJsonArray("operations")
            .toString()
            .contains("\"fulfil\""));
    d = agent.expect(200, "POST", "/filings/" + id + "/fulfilment", Api.step("received", null));
    filing = d.getJsonObject("filing");
    assertEquals(2, filing.getInt("fulfilledSteps"));
    assertFalse(filing.containsKey("nextStep"), "all done");
    assertFalse(filing.getJsonArray("operations").toString().contains("fulfil"));
    String history = d.getJsonArray("history").toString();
    assertTrue(history.contains("EMS 1100123456789") && history.contains(acting.login()), history);
    assertEquals(
        409,
        ent.call("POST", "/filings/" + id + "/fulfilment", Api.step("received", null)).statusCode(),
        "nothing left to confirm");
  }
}
