package cn.autogov.usedcar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.autogov.filing.Api;
import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.fixtures.Fixtures;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

/** Used-car businesses for the tests: registered as a user would, filed, confirmed. */
final class UsedCars {

  static final String PASSWORD = "Uc#Regist2026x";

  private UsedCars() {}

  /** A dealer registered in the county with a fresh credit code, signed in over the API. */
  static Api dealer(URL base, String county, String name) {
    String creditCode = Fixtures.creditCode(county);
    String mobile = "1396" + String.format("%07d", System.nanoTime() % 10_000_000);
    var sent =
        Http.send(
            HttpRequest.newBuilder(
                    Http.uri(base, "/api/v1/verification-codes?channel=sms&address=" + mobile))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(202, sent.statusCode(), sent.body());
    var r =
        Portal.api(
            base,
            "POST",
            "/api/v1/used-car/registrations",
            null,
            "{\"enterpriseName\":\""
                + name
                + "\",\"county\":\""
                + county
                + "\",\"street\":\"测试路8号\",\"hasCreditCode\":true,\"creditCode\":\""
                + creditCode
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"confirmation\":\""
                + PASSWORD
                + "\",\"businessKinds\":[\"DEALER\"],\"fillerName\":\"测填报\",\"fillerMobile\":\""
                + mobile
                + "\",\"smsCode\":\""
                + Portal.code(base, mobile)
                + "\"}");
    assertEquals(201, r.statusCode(), r.body());
    return new Api(base, creditCode, Portal.token(base, creditCode, PASSWORD), null);
  }

  /** Its 二手车经销企业备案, filed and submitted: the filing's id. */
  static long file(Api dealer) {
    JsonObject d = dealer.expect(201, "POST", "/filings", "{\"type\":\"uc-dealer\"}");
    long id = Api.id(d);
    Map<String, String> v = new HashMap<>(Api.values(d));
    v.put("legalRepresentative", "测法人");
    v.put("registeredCapital", "100");
    v.put("businessArea", "300");
    v.put("establishedOn", "2018-01-01");
    v.put("termFrom", "2018-01-01");
    v.put("termUntil", "");
    v.put("branchCount", "0");
    v.put("professionalStaff", "3");
    v.put("businessScope", "二手车销售");
    v.put("businessAddress", v.get("domicileAddress"));
    v.put("fillerEmail", "filler@example.cn");
    dealer.expect(200, "PUT", "/filings/" + id + "/form", Api.form(v, true));
    dealer.expect(200, "POST", "/filings/" + id + "/submit", null);
    return id;
  }

  /** The county's commerce authority confirms it. */
  static void confirm(URL base, String county, long filing) {
    Api.of(base, "COMMERCE_AUTHORITY", county)
        .expect(
            200,
            "POST",
            "/review/filings/" + filing + "/decisions",
            "{\"decision\":\"APPROVE\",\"remark\":\"予以确认\"}");
  }

  /** A complete, valid sale of the VIN on the day, as the API takes it. */
  static Map<String, String> sale(String vin, String day, String price) {
    Map<String, String> v = new HashMap<>();
    v.put("buyerKind", "PERSON");
    v.put("buyerName", "王买方");
    v.put("buyerIdNumber", "11010519491231002X");
    v.put("buyerAddress", "福州市鼓楼区买方路1号");
    v.put("buyerMobile", "13800000001");
    v.put("sellerKind", "COMPANY");
    v.put("sellerName", "福州卖方汽车有限公司");
    v.put("sellerIdNumber", "91350100MA2Y8E3TX7");
    v.put("sellerAddress", "福州市台江区卖方路2号");
    v.put("sellerMobile", "13800000002");
    v.put("hasAgent", "false");
    v.put("plateNumber", "闽A12345");
    v.put("registrationNumber", "350001234567");
    v.put("vin", vin);
    v.put("brandModel", "大众牌FV7145");
    v.put("vehicleClass", "SEDAN");
    v.put("transferOffice", "福州市公安局交通警察支队车辆管理所");
    v.put("price", price);
    v.put("dealingUnit", "福州二手车交易市场");
    v.put("soldOn", day);
    return v;
  }

  /** {"values": {...}} (and a version). */
  static String body(Map<String, String> values, Long version) {
    var v = jakarta.json.Json.createObjectBuilder();
    values.forEach(v::add);
    var b = jakarta.json.Json.createObjectBuilder().add("values", v);
    if (version != null) {
      b.add("version", version);
    }
    return b.build().toString();
  }
}
