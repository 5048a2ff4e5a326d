package cn.autogov.usedcar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Served;
import cn.autogov.testing.fixtures.Fixtures;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 二手车销售情况 (seed 003 §2.4) as a dealer meets it: refused, with the reason and its filing, until the
 * county confirms the filing; then a sale recorded, its 大写 checked against the figures, every wrong
 * field named at once; the same vehicle on the same day refused as a duplicate; the list searched
 * and paged by key; an edit on the version read; another enterprise sees none of it.
 */
@Tag("served")
@ExtendWith(Served.class)
class UsedCarSaleIT {

  @Served.Base URL base;

  @Test
  void refusedUntilConfirmedThenRecordedSearchedPagedAndEdited() {
    Api dealer = UsedCars.dealer(base, "350102", "福州测试二手车经销有限公司");
    String day = LocalDate.now().minusDays(1).toString();
    String vin = Fixtures.vin();

    // before any filing: refused, saying why
    var early =
        dealer.call(
            "POST", "/used-car/sales", UsedCars.body(UsedCars.sale(vin, day, "86000"), null));
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("尚未填报二手车企业备案"), early.body());
    long filing = UsedCars.file(dealer);
    var waiting =
        dealer.call(
            "POST", "/used-car/sales", UsedCars.body(UsedCars.sale(vin, day, "86000"), null));
    assertEquals(409, waiting.statusCode(), waiting.body());
    assertTrue(waiting.body().contains("尚未经地方商务主管部门确认"), waiting.body());
    JsonObject standing = dealer.expect(200, "GET", "/used-car/standing", null);
    assertFalse(standing.getBoolean("confirmed"));
    assertEquals(filing, standing.getJsonNumber("filingId").longValue());

    UsedCars.confirm(base, "350102", filing);
    assertTrue(dealer.expect(200, "GET", "/used-car/standing", null).getBoolean("confirmed"));

    // a change of the confirmed filing, waiting for the county: still confirmed for what it had
    JsonObject change = dealer.expect(201, "POST", "/filings/" + filing + "/changes", null);
    long changeId = change.getJsonObject("filing").getJsonNumber("id").longValue();
    var changed = new java.util.HashMap<>(Api.values(change));
    changed.put("professionalStaff", "9");
    dealer.expect(200, "PUT", "/filings/" + changeId + "/form", Api.form(changed, true));
    dealer.expect(200, "POST", "/filings/" + changeId + "/submit", null);
    assertTrue(dealer.expect(200, "GET", "/used-car/standing", null).getBoolean("confirmed"));

    // every wrong field at once, the 大写 against the figures
    Map<String, String> bad =
        UsedCars.sale(
            vin.substring(0, 8) + (vin.charAt(8) == '1' ? '2' : '1') + vin.substring(9),
            day,
            "86000.50");
    bad.put("priceInWords", "捌万陆仟元整");
    bad.put("plateNumber", "闽A1234");
    bad.put("buyerIdNumber", "110105194912310021");
    bad.put("buyerMobile", "");
    var refused = dealer.call("POST", "/used-car/sales", UsedCars.body(bad, null));
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    for (String f :
        new String[] {"vin", "priceInWords", "plateNumber", "buyerIdNumber", "buyerMobile"}) {
      assertTrue(problems.contains(f + ": "), f + " in " + problems);
    }
    assertTrue(problems.contains("捌万陆仟元伍角整"), problems);

    Map<String, String> good = UsedCars.sale(vin, day, "86000.50");
    good.put("priceInWords", "捌万陆仟元伍角");
    JsonObject saved = dealer.expect(201, "POST", "/used-car/sales", UsedCars.body(good, null));
    assertEquals("捌万陆仟元伍角整", saved.getJsonObject("values").getString("priceInWords"));
    long id = saved.getJsonNumber("id").longValue();

    // the same vehicle sold again that day: a duplicate
    var again =
        dealer.call(
            "POST", "/used-car/sales", UsedCars.body(UsedCars.sale(vin, day, "90000"), null));
    assertEquals(400, again.statusCode(), again.body());
    assertTrue(Api.problems(again.body()).contains("同一车辆同一天不能重复录入"), again.body());

    // two more; pages of two, newest first; searches
    String vin2 = Fixtures.vin();
    String vin3 = Fixtures.vin();
    Map<String, String> second = UsedCars.sale(vin2, day, "50000");
    second.put("buyerName", "李另买");
    second.put("vehicleClass", "SUV");
    dealer.expect(201, "POST", "/used-car/sales", UsedCars.body(second, null));
    dealer.expect(
        201, "POST", "/used-car/sales", UsedCars.body(UsedCars.sale(vin3, day, "70000"), null));
    JsonObject first = dealer.expect(200, "GET", "/used-car/sales?size=2", null);
    assertEquals(2, first.getJsonArray("rows").size());
    assertEquals(
        vin3, first.getJsonArray("rows").getJsonObject(0).getJsonObject("values").getString("vin"));
    long next = first.getJsonNumber("next").longValue();
    JsonObject last = dealer.expect(200, "GET", "/used-car/sales?size=2&after=" + next, null);
    assertEquals(1, last.getJsonArray("rows").size());
    assertTrue(!last.containsKey("next") || last.isNull("next"), "the last page");
    assertEquals(id, last.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(
        1,
        dealer
            .expect(200, "GET", "/used-car/sales?by=BUYER&keyword=另买", null)
            .getJsonArray("rows")
            .size());
    assertEquals(
        1,
        dealer
            .expect(200, "GET", "/used-car/sales?by=VEHICLE_CLASS&keyword=SUV", null)
            .getJsonArray("rows")
            .size());
    assertEquals(
        1,
        dealer
            .expect(200, "GET", "/used-car/sales?by=VIN&keyword=" + vin2.toLowerCase(), null)
            .getJsonArray("rows")
            .size());
    assertEquals(
        3,
        // the day of entry is the business day (Asia/Shanghai), not the test machine's
        dealer
            .expect(
                200,
                "GET",
                "/used-car/sales?by=ENTERED_ON&keyword="
                    + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                null)
            .getJsonArray("rows")
            .size());
    var badDate = dealer.call("GET", "/used-car/sales?by=ENTERED_ON&keyword=2024-13-01", null);
    assertEquals(409, badDate.statusCode(), badDate.body());

    // an edit on the version read; a stale version refused
    long version = saved.getJsonNumber("version").longValue();
    good.put("price", "85000");
    good.remove("priceInWords");
    JsonObject edited =
        dealer.expect(200, "PUT", "/used-car/sales/" + id, UsedCars.body(good, version));
    assertEquals("捌万伍仟元整", edited.getJsonObject("values").getString("priceInWords"));
    var stale = dealer.call("PUT", "/used-car/sales/" + id, UsedCars.body(good, version));
    assertEquals(409, stale.statusCode(), stale.body());

    // another enterprise sees nothing of it
    Api other = UsedCars.dealer(base, "350103", "福州另一二手车有限公司");
    assertEquals(404, other.call("GET", "/used-car/sales/" + id, null).statusCode());
    assertEquals(404, other.call("DELETE", "/used-car/sales/" + id, null).statusCode());
    assertEquals(0, other.expect(200, "GET", "/used-car/sales", null).getJsonArray("rows").size());

    dealer.expect(204, "DELETE", "/used-car/sales/" + id, null);
    assertEquals(404, dealer.call("GET", "/used-car/sales/" + id, null).statusCode());
  }
}
