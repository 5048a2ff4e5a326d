package cn.autogov.usedcar;

import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static cn.autogov.filing.Api.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A used-car business registers itself (seed 003 §2.1.2) — with a credit code, or with the three
 * codes of before — signs in by the credit code or the licence number, files the filing of a kind
 * it registered (and is refused one it did not), and the commerce authority of its county confirms
 * it; the authority of another county never sees it.
 */
@Tag("served")
@ExtendWith(Served.class)
class UsedCarRegistrationIT {

  static final String PASSWORD = "Uc#Regist2026x";

  @Served.Base URL base;

  @Test
  void registersEveryProblemAtOnceThenWithTheCodesOfBefore() {
    String mobile = mobile();
    String licence = Fixtures.licenceNumber("350102");
    String org = Fixtures.orgCode();
    // every problem at once, the code not spent
    var bad =
        register(
            "{\"enterpriseName\":\"\",\"county\":\"350100\",\"street\":\"五四路1号\","
                + "\"hasCreditCode\":false,\"licenceNumber\":\""
                + licence.substring(0, 14)
                + (char) ('0' + (licence.charAt(14) - '0' + 1) % 10)
                + "\",\"orgCode\":\""
                + org
                + "\",\"taxNumber\":\"990102"
                + org
                + "\",\"password\":\"short\",\"confirmation\":\"other\","
                + "\"businessKinds\":[],\"fillerName\":\"郑填报\",\"fillerMobile\":\""
                + mobile
                + "\",\"smsCode\":\"000000\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    String problems = Api.problems(bad.body());
    for (String field :
        new String[] {
          "enterpriseName",
          "county",
          "licenceNumber",
          "taxNumber",
          "password",
          "confirmation",
          "businessKinds"
        }) {
      assertTrue(problems.contains(field + ": "), field + " in " + problems);
    }
    assertTrue(problems.contains("第15位校验码"), problems);
    assertTrue(!problems.contains("smsCode"), "the code is tried only when the rest is right");

    String code = sendCode(mobile);
    var ok =
        register(
            "{\"enterpriseName\":\"福州旧照二手车经纪有限公司\",\"county\":\"350102\",\"street\":\"五四路1号\","
                + "\"hasCreditCode\":false,\"licenceNumber\":\""
                + licence
                + "\",\"orgCode\":\""
                + org
                + "\",\"taxNumber\":\"350102"
                + org
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"confirmation\":\""
                + PASSWORD
                + "\",\"sellerKinds\":[\"RETAILER\"],\"businessKinds\":[\"BROKER\",\"AUCTIONEER\"],"
                + "\"fillerName\":\"郑填报\",\"fillerMobile\":\""
                + mobile
                + "\",\"smsCode\":\""
                + code
                + "\"}");
    assertEquals(201, ok.statusCode(), ok.body());
    assertTrue(ok.body().contains(licence), ok.body());

    // signed in by the licence number; the enterprise sits in its county
    String token = Portal.token(base, licence, PASSWORD);
    var me = Portal.api(base, "GET", "/api/v1/enterprise", token, null);
    assertTrue(me.body().contains("福州旧照二手车经纪有限公司"), me.body());
    assertTrue(me.body().contains("350102"), me.body());

    // registered again: refused, named (the code is not even tried)
    String again = "000000";
    var twice =
        register(
            "{\"enterpriseName\":\"重复\",\"county\":\"350102\",\"street\":\"五四路1号\","
                + "\"hasCreditCode\":false,\"licenceNumber\":\""
                + licence
                + "\",\"orgCode\":\""
                + org
                + "\",\"taxNumber\":\"350102"
                + org
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"confirmation\":\""
                + PASSWORD
                + "\",\"businessKinds\":[\"BROKER\"],\"fillerName\":\"郑填报\","
                + "\"fillerMobile\":\""
                + mobile
                + "\",\"smsCode\":\""
                + again
                + "\"}");
    assertEquals(400, twice.statusCode(), twice.body());
    assertTrue(Api.problems(twice.body()).contains("licenceNumber: "), twice.body());
  }

  @Test
  void filesItsKindAndTheCountyConfirmsIt() {
    String creditCode = Fixtures.creditCode("350102");
    String mobile = mobile();
    String code = sendCode(mobile);
    var ok =
        register(
            "{\"enterpriseName\":\"福州鼓楼二手车销售有限公司\",\"county\":\"350102\",\"street\":\"东街2号\","
                + "\"hasCreditCode\":true,\"creditCode\":\""
                + creditCode
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"confirmation\":\""
                + PASSWORD
                + "\",\"businessKinds\":[\"DEALER\"],\"fillerName\":\"林填报\",\"fillerMobile\":\""
                + mobile
                + "\",\"smsCode\":\""
                + code
                + "\"}");
    assertEquals(201, ok.statusCode(), ok.body());
    Api dealer = new Api(base, creditCode, Portal.token(base, creditCode, PASSWORD), null);

    // a kind it did not register is refused
    var market = dealer.call("POST", "/filings", "{\"type\":\"uc-market\"}");
    assertEquals(400, market.statusCode(), market.body());
    assertTrue(market.body().contains("未选择该二手车经营主体类型"), market.body());

    JsonObject d = dealer.expect(201, "POST", "/filings", "{\"type\":\"uc-dealer\"}");
    long id = id(d);
    Map<String, String> v = new HashMap<>(values(d));
    assertEquals("福州鼓楼二手车销售有限公司", v.get("enterpriseName"));
    assertEquals(creditCode, v.get("creditCode"));
    assertEquals("福建省福州市鼓楼区东街2号", v.get("domicileAddress"));
    assertEquals("林填报", v.get("fillerName"));
    v.put("legalRepresentative", "林法人");
    v.put("registeredCapital", "500");
    v.put("businessArea", "1200.5");
    v.put("establishedOn", "2015-03-01");
    v.put("termFrom", "2015-03-01");
    v.put("termUntil", "");
    v.put("branchCount", "2");
    v.put("professionalStaff", "8");
    v.put("businessScope", "二手车销售；二手车经纪");
    v.put("businessAddress", "福建省福州市鼓楼区东街2号");
    v.put("fillerEmail", "lin@example.cn");
    v.put("chineseShare", "70");
    v.put("foreignShare", "20");
    v.put("branches.0.name", "福州鼓楼二手车销售有限公司仓山分公司");
    v.put("branches.0.licenceNumber", Fixtures.creditCode("350104"));
    v.put("branches.0.address", "福建省福州市仓山区1号");
    v.put("branches.0.scope", "二手车销售");
    var refused = dealer.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(problems.contains("foreignShare: ") && problems.contains("90"), problems);
    assertTrue(problems.contains("branchCount: ") && problems.contains("1行"), problems);

    v.put("foreignShare", "30");
    v.put("importExportCode", "3501000012345");
    v.put("branchCount", "1");
    dealer.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(
        "SUBMITTED", status(dealer.expect(200, "POST", "/filings/" + id + "/submit", null)));

    // the county's commerce authority sees and confirms it; another county's never sees it
    Api otherCounty = Api.of(base, "COMMERCE_AUTHORITY", "350103");
    assertEquals(404, otherCounty.call("GET", "/filings/" + id, null).statusCode());
    assertTrue(
        !otherCounty
            .call("GET", "/review/filings?type=uc-dealer", null)
            .body()
            .contains("\"id\":" + id));
    Api county = Api.of(base, "COMMERCE_AUTHORITY", "350102");
    assertTrue(
        county
            .call("GET", "/review/filings?type=uc-dealer", null)
            .body()
            .contains(String.valueOf(id)));
    JsonObject confirmed =
        county.expect(
            200,
            "POST",
            "/review/filings/" + id + "/decisions",
            "{\"decision\":\"APPROVE\",\"remark\":\"材料齐全，予以确认\"}");
    assertEquals("APPROVED", status(confirmed));
    String seen = dealer.expect(200, "GET", "/filings/" + id, null).toString();
    assertTrue(seen.contains("材料齐全，予以确认"), seen);

    // 打印: the 备案登记表 in the seed's sections, the branches as a table
    var pdf =
        Http.sendBytes(
            java.net.http.HttpRequest.newBuilder(
                    Http.uri(base, "/api/v1/filings/" + id + "/documents/record"))
                .header("Authorization", "Bearer " + dealer.token())
                .build());
    assertEquals(200, pdf.statusCode());
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String part :
        new String[] {"1. 基本信息", "2. 住所及经营地址", "3. 填报人", "4. 分支机构", "专业人员人数", "分支机构名称"}) {
      assertTrue(text.contains(part), part + " in " + text);
    }
  }

  private HttpResponse<String> register(String json) {
    return Portal.api(base, "POST", "/api/v1/used-car/registrations", null, json);
  }

  private String sendCode(String mobile) {
    var sent =
        Http.send(
            java.net.http.HttpRequest.newBuilder(
                    Http.uri(base, "/api/v1/verification-codes?channel=sms&address=" + mobile))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(202, sent.statusCode(), sent.body());
    return Portal.code(base, mobile);
  }

  private static String mobile() {
    return "1395" + String.format("%07d", System.nanoTime() % 10_000_000);
  }
}
