package cn.autogov.coc;

import static cn.autogov.filing.Api.PDF;
import static cn.autogov.filing.Api.file;
import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.filing.Exchange;
import cn.autogov.filing.Exchange.Answer;
import cn.autogov.testing.Served;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 配置信息系统开通 / 免税图册系统开通 / 票据关联系统开通 (seed 000 §九–§十一) as a manufacturer, the certification centre and
 * a tax system use them: each wrong plant row named; approval gives new plants their codes and
 * records the opening 待开通; the tax side lists it, refuses or opens it (once, whatever the retries),
 * and only then does the enterprise read 已开通; a later filing changes a plant by its code and cannot
 * name one the enterprise does not hold.
 */
@Tag("served")
@ExtendWith(Served.class)
class SystemOpeningIT {

  @Served.Base URL base;

  @Test
  void shouldOpenTheSystemsOnlyWhenTheTaxSideConfirms() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api admin = Api.of(base, "ADMIN", null);
    JsonObject tax =
        Exchange.newClientOf(admin, "TAX", "TAX_OPENINGS", "TAX_OPENING_CONFIRM", "TAX_ENTERPRISE");
    JsonObject reader = Exchange.newClientOf(admin, "TAX", "TAX_OPENINGS");

    // 配置信息系统开通: every wrong row named at once
    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"coc-config-opening\"}");
    long config = id(d);
    String configNumber = d.getJsonObject("filing").getString("number");
    assertTrue(configNumber.startsWith("CIO-"), configNumber);
    Map<String, String> v = new HashMap<>();
    v.put("contactPerson", "王联系");
    v.put("contactMobile", "13912345678");
    v.put("plants.0.action", "CHANGE");
    v.put("plants.0.plantName", "一厂");
    v.put("plants.0.province", "BJ");
    v.put("plants.0.address", "北京市顺义区汽车路1号");
    v.put("plants.1.action", "ADD");
    v.put("plants.1.plantCode", "P05");
    v.put("plants.1.plantName", "二厂");
    v.put("plants.1.province", "ZZ");
    v.put("plants.1.address", "广东省广州市番禺区汽车城路2号");
    var refused = ent.call("PUT", "/filings/" + config + "/form", form(v, true));
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(
        problems.contains("plants.0.plantCode: 生产厂第1行「生产厂代码」不能为空：变更生产厂须写明所变更生产厂的代码"), problems);
    assertTrue(problems.contains("plants.1.plantCode: 生产厂第2行「生产厂代码」须为空"), problems);
    assertTrue(problems.contains("plants.1.province: "), problems);

    v.put("plants.0.action", "ADD");
    v.remove("plants.1.plantCode");
    v.put("plants.1.province", "GD");
    var noSheet = ent.call("PUT", "/filings/" + config + "/form", form(v, true));
    assertEquals(400, noSheet.statusCode(), noSheet.body());
    assertTrue(
        Api.problems(noSheet.body()).contains("priceInfoSheet: 《国家税务总局车购税价格信息企业采集信息单》尚未上传"),
        noSheet.body());
    ent.expect(
        200, "PUT", "/filings/" + config + "/materials/priceInfoSheet", file("sheet.pdf", PDF));
    ent.expect(200, "PUT", "/filings/" + config + "/form", form(v, true));
    assertEquals(
        "SUBMITTED", status(ent.expect(200, "POST", "/filings/" + config + "/submit", null)));
    approve(centre, config);

    // approved: the plants have their codes, the system waits for the tax side
    JsonObject mine = ent.expect(200, "GET", "/coc/openings/mine", null);
    assertEquals("[P01, P02]", codes(mine));
    JsonObject opening = opening(mine, configNumber);
    assertEquals("AWAITING", opening.getString("status"));
    assertEquals("CONFIG_INFO", opening.getString("system"));

    // the tax side lists it (provinces by their GB/T 2260 code)
    Answer list = tax(tax, "GET", "/openings?since=2000-01-01T00:00:00&pageSize=500", null);
    assertEquals(200, list.status(), list.body());
    JsonObject listed = find(Api.json(list.body()), configNumber);
    assertEquals("11", listed.getJsonArray("plants").getJsonObject(0).getString("province"));
    assertEquals("44", listed.getJsonArray("plants").getJsonObject(1).getString("province"));
    assertEquals("王联系", listed.getString("contactPerson"));

    // refusing needs a reason; a client without the right may not confirm
    assertEquals(
        "INVALID_REQUEST", tax(tax, "POST", confirm(configNumber, "REFUSED", null), null).code());
    Answer noRight = tax(reader, "POST", confirm(configNumber, "OPENED", null), null);
    assertEquals(403, noRight.status(), noRight.body());
    assertEquals(404, tax(tax, "POST", confirm("CIO-NONE", "OPENED", null), null).status());
    Answer refusedThere = tax(tax, "POST", confirm(configNumber, "REFUSED", "生产厂地址与税务登记不一致"), null);
    assertEquals(200, refusedThere.status(), refusedThere.body());
    mine = ent.expect(200, "GET", "/coc/openings/mine", null);
    assertEquals("REFUSED", opening(mine, configNumber).getString("status"));
    assertEquals("生产厂地址与税务登记不一致", opening(mine, configNumber).getString("refusalReason"));

    // opened after all: the same message twice acts once and answers alike
    String key = UUID.randomUUID().toString();
    Answer opened = tax(tax, "POST", confirm(configNumber, "OPENED", null), key);
    Answer again = tax(tax, "POST", confirm(configNumber, "OPENED", null), key);
    assertEquals(200, opened.status(), opened.body());
    assertEquals(opened.body(), again.body());
    assertEquals("OPENED", Api.json(opened.body()).getString("status"));
    Answer late = tax(tax, "POST", confirm(configNumber, "REFUSED", "迟到的拒绝"), null);
    assertEquals(409, late.status(), late.body());
    assertEquals("CONFLICT", late.code());
    mine = ent.expect(200, "GET", "/coc/openings/mine", null);
    assertEquals("OPENED", opening(mine, configNumber).getString("status"));
    assertTrue(!opening(mine, configNumber).containsKey("refusalReason"), mine.toString());

    // a later filing changes P01 by its code; a code the enterprise does not hold is refused
    d = ent.expect(201, "POST", "/filings", "{\"type\":\"coc-config-opening\"}");
    long change = id(d);
    Map<String, String> c = new HashMap<>();
    c.put("contactPerson", "王联系");
    c.put("contactMobile", "13912345678");
    c.put("plants.0.action", "CHANGE");
    c.put("plants.0.plantCode", "P07");
    c.put("plants.0.plantName", "一厂（新址）");
    c.put("plants.0.province", "HE");
    c.put("plants.0.address", "河北省保定市新厂路9号");
    ent.expect(
        200, "PUT", "/filings/" + change + "/materials/priceInfoSheet", file("sheet.pdf", PDF));
    ent.expect(200, "PUT", "/filings/" + change + "/form", form(c, true));
    var unknown = ent.call("POST", "/filings/" + change + "/submit", null);
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(
        Api.problems(unknown.body()).contains("plants.0.plantCode: 生产厂第1行「生产厂代码」：本企业没有代码为P07的生产厂"),
        unknown.body());
    c.put("plants.0.plantCode", "P01");
    ent.expect(200, "PUT", "/filings/" + change + "/form", form(c, true));
    ent.expect(200, "POST", "/filings/" + change + "/submit", null);
    approve(centre, change);

    // 免税图册系统开通 adds a plant; 票据关联系统开通 names the tax office
    long atlas =
        filed(
            ent,
            "coc-atlas-opening",
            Map.of("plantName", "专用车厂", "plantProvince", "SD"),
            "atlasInfoSheet");
    approve(centre, atlas);
    long invoice = filed(ent, "coc-invoice-opening", Map.of("taxOffice", "国家税务总局北京市海淀区税务局"), null);
    approve(centre, invoice);

    mine = ent.expect(200, "GET", "/coc/openings/mine", null);
    assertEquals("[P01, P02, P03]", codes(mine));
    JsonObject p01 = mine.getJsonArray("plants").getJsonObject(0);
    assertEquals("一厂（新址）", p01.getString("name"));
    assertEquals("HE", p01.getString("province"));
    assertEquals(4, mine.getJsonArray("openings").size());

    // the tax side asks by credit code; the centre lists what waits for the tax side
    String creditCode = mine.getString("creditCode");
    Answer byCode = tax(tax, "GET", "/enterprises/" + creditCode, null);
    assertEquals(200, byCode.status(), byCode.body());
    JsonObject e = Api.json(byCode.body());
    assertEquals(3, e.getJsonArray("plants").size());
    assertEquals("37", e.getJsonArray("plants").getJsonObject(2).getString("province"));
    assertTrue(byCode.body().contains("国家税务总局北京市海淀区税务局"), byCode.body());
    assertEquals("INVALID_REQUEST", tax(tax, "GET", "/enterprises/91110000ABC", null).code());
    String awaiting = centre.call("GET", "/coc/openings?status=AWAITING", null).body();
    assertTrue(awaiting.contains(numberOf(ent, atlas)), awaiting);
    assertTrue(!awaiting.contains(configNumber), awaiting);
    assertEquals(403, ent.call("GET", "/coc/openings", null).statusCode());
    assertEquals(400, centre.call("GET", "/coc/openings?status=DONE", null).statusCode());
  }

  @Test
  void shouldPushEachApprovedOpeningToTheTaxCallback() throws Exception {
    var received = new CopyOnWriteArrayList<String>();
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext(
        "/tax-events",
        x -> {
          received.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          x.sendResponseHeaders(204, -1);
          x.close();
        });
    stub.start();
    try {
      Api admin = Api.of(base, "ADMIN", null);
      JsonObject tax = Exchange.newClientOf(admin, "TAX", "TAX_OPENINGS");
      admin.expect(
          200,
          "PUT",
          "/admin/system-clients/" + tax.getJsonNumber("id").longValue() + "/callback",
          "{\"callbackUrl\":\"http://127.0.0.1:" + stub.getAddress().getPort() + "/tax-events\"}");
      Api ent = Api.of(base, "ENTERPRISE", "110108");
      long invoice = filed(ent, "coc-invoice-opening", Map.of("taxOffice", "国家税务总局福州市税务局"), null);
      String number = numberOf(ent, invoice);
      assertTrue(received.isEmpty(), "nothing before the centre approves");
      approve(Api.of(base, "CERTIFICATION_CENTRE", null), invoice);
      long until = System.nanoTime() + 60_000_000_000L;
      while (received.stream().noneMatch(b -> b.contains(number)) && System.nanoTime() < until) {
        Thread.sleep(200);
      }
      String body = received.stream().filter(b -> b.contains(number)).findFirst().orElseThrow();
      JsonObject event = Api.json(body);
      assertEquals("tax.system-opening-approved", event.getString("event"));
      JsonObject opening = event.getJsonObject("opening");
      assertEquals("INVOICE_LINK", opening.getString("system"));
      assertEquals("AWAITING", opening.getString("status"));
      assertEquals("国家税务总局福州市税务局", opening.getString("taxOffice"));
    } finally {
      stub.stop(0);
    }
  }

  private static String numberOf(Api ent, long id) {
    return ent.expect(200, "GET", "/filings/" + id, null)
        .getJsonObject("filing")
        .getString("number");
  }

  private static long filed(Api ent, String type, Map<String, String> values, String sheet) {
    long id = id(ent.expect(201, "POST", "/filings", "{\"type\":\"" + type + "\"}"));
    Map<String, String> v = new HashMap<>(values);
    v.put("contactPerson", "李联系");
    v.put("contactMobile", "13712345678");
    if (sheet != null) {
      ent.expect(200, "PUT", "/filings/" + id + "/materials/" + sheet, file("s.pdf", PDF));
    }
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    ent.expect(200, "POST", "/filings/" + id + "/submit", null);
    return id;
  }

  private static void approve(Api centre, long id) {
    assertEquals(
        "APPROVED",
        status(
            centre.expect(
                200,
                "POST",
                "/review/filings/" + id + "/decisions",
                "{\"decision\":\"APPROVE\"}")));
  }

  private static String codes(JsonObject enterprise) {
    return enterprise.getJsonArray("plants").stream()
        .map(p -> p.asJsonObject().getString("code"))
        .toList()
        .toString();
  }

  private static JsonObject opening(JsonObject enterprise, String number) {
    return enterprise.getJsonArray("openings").stream()
        .map(o -> o.asJsonObject())
        .filter(o -> o.getString("number").equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError(number + " not in " + enterprise));
  }

  private static JsonObject find(JsonObject page, String number) {
    return page.getJsonArray("openings").stream()
        .map(o -> o.asJsonObject())
        .filter(o -> o.getString("number").equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError(number + " not listed: " + page));
  }

  private static String confirm(String number, String result, String reason) {
    return "/openings/"
        + number
        + "/confirmation?result="
        + result
        + (reason == null ? "" : "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
  }

  private static Answer tax(JsonObject client, String method, String path, String key) {
    return Exchange.send(
        Exchange.https("/api/v1/exchange/tax" + path),
        method,
        "POST".equals(method) ? new byte[0] : null,
        Exchange.basic(client.getString("clientId"), client.getString("secret")),
        key);
  }
}
