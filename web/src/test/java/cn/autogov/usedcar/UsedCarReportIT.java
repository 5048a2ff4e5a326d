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
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 二手车交易月报 (seed 003 §2.5.1) as a dealer and its county meet it: the month's report pre-filled from
 * the sales records (amounts in 万元, direct and consigned, local and out-of-area), 使用性质 to fill, a
 * figure corrected only with a reason, the totals checked on 上报; late after the due day; the
 * month's sales closed once reported; accepted and locked, a correction asked and approved;
 * completeness in the county (and none of it for another county); the missing reminded once a day.
 */
@Tag("served")
@ExtendWith(Served.class)
class UsedCarReportIT {

  @Served.Base URL base;

  @Test
  void prefilledCorrectedSubmittedLockedAcceptedAndCounted() {
    Api dealer = UsedCars.dealer(base, "350102", "福州月报测试二手车经销有限公司");
    UsedCars.confirm(base, "350102", UsedCars.file(dealer));
    YearMonth month = YearMonth.from(LocalDate.now()).minusMonths(1);
    String m = month.toString();

    // four sales of the month: three sedans (one through an agent, one going to Xiamen), an SUV
    sale(dealer, month.atDay(3), "86000.50", "SEDAN", false, "福州市公安局交通警察支队车辆管理所", 201);
    sale(dealer, month.atDay(4), "120000", "SEDAN", true, "福州市车管所", 201);
    sale(dealer, month.atDay(5), "50000", "SEDAN", false, "厦门市公安局车辆管理所", 201);
    sale(dealer, month.atDay(6), "200000", "SUV", false, "福州市车管所", 201);
    // and one of the month before, which this month's report does not count
    sale(dealer, month.minusMonths(1).atDay(20), "99999", "SEDAN", false, "福州市车管所", 201);

    JsonObject r = dealer.expect(200, "POST", "/used-car/reports", open("MONTHLY", m));
    long id = r.getJsonNumber("id").longValue();
    assertEquals("DRAFT", r.getString("status"));
    assertEquals("福州", r.getString("localName"));
    JsonObject sedan = row(r, "SEDAN");
    assertEquals("25.60", cell(sedan, "AMOUNT", "computed"), "(86000.50 + 120000 + 50000) / 10000");
    assertEquals("3", cell(sedan, "TOTAL", "value"));
    assertEquals("2", cell(sedan, "DIRECT", "value"));
    assertEquals("1", cell(sedan, "CONSIGNED", "value"));
    assertEquals("2", cell(sedan, "LOCAL_TRANSFER", "value"));
    assertEquals("1", cell(sedan, "OUT_TRANSFER", "value"));
    assertEquals(null, cell(sedan, "OPERATING", "computed"), "使用性质 is not in the records");
    assertEquals("20.00", cell(row(r, "SUV"), "AMOUNT", "value"));
    assertEquals("0", cell(row(r, "BUS"), "TOTAL", "value"), "客车 is a row of its own");
    assertEquals("0", cell(row(r, "BUS"), "OPERATING", "value"));
    assertEquals("45.60", r.getJsonObject("totals").getJsonNumber("AMOUNT").toString());
    // adding the month again opens the same report
    assertEquals(
        id,
        dealer
            .expect(200, "POST", "/used-car/reports", open("MONTHLY", m))
            .getJsonNumber("id")
            .longValue());
    // the current month has not ended
    var current =
        dealer.call(
            "POST",
            "/used-car/reports",
            open("MONTHLY", YearMonth.from(LocalDate.now()).toString()));
    assertEquals(400, current.statusCode(), current.body());
    assertTrue(current.body().contains("尚未结束"), current.body());

    // 上报 at once: 使用性质 missing, named by row and column
    var early = dealer.call("POST", "/used-car/reports/" + id + "/submit", version(r));
    assertEquals(400, early.statusCode(), early.body());
    assertTrue(early.body().contains("基本型（轿车）的营运未填写"), early.body());

    // a figure other than the records' without a reason: refused, saying the records' figure
    Map<String, String> values = values(r);
    values.put("SEDAN.NON_OPERATING", "3");
    values.put("SUV.NON_OPERATING", "1");
    values.put("SEDAN.TOTAL", "4");
    var noReason = dealer.call("PUT", "/used-car/reports/" + id, fill(r, values, Map.of()));
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("基本型（轿车）的合计数量与销售记录统计值（3）不一致，请填写更正原因"), noReason.body());
    // with its reason it is saved, beside the records' figure; 上报 then finds the splits short
    r =
        dealer.expect(
            200,
            "PUT",
            "/used-car/reports/" + id,
            fill(r, values, Map.of("SEDAN.TOTAL", "一辆车月底成交，次月才录入")));
    assertEquals("4", cell(row(r, "SEDAN"), "TOTAL", "value"));
    assertEquals("3", cell(row(r, "SEDAN"), "TOTAL", "computed"));
    assertTrue(
        row(r, "SEDAN").getJsonObject("cells").getJsonObject("TOTAL").getBoolean("corrected"));
    var split = dealer.call("POST", "/used-car/reports/" + id + "/submit", version(r));
    assertEquals(400, split.statusCode(), split.body());
    assertTrue(split.body().contains("直接交易数量与委托交易数量之和（3）应等于合计数量（4）"), split.body());
    // back to the records' figure, reported
    values.put("SEDAN.TOTAL", "3");
    r = dealer.expect(200, "PUT", "/used-car/reports/" + id, fill(r, values, Map.of()));
    r = dealer.expect(200, "POST", "/used-car/reports/" + id + "/submit", version(r));
    assertEquals("SUBMITTED", r.getString("status"));
    LocalDate due = LocalDate.parse(r.getString("dueOn"));
    assertEquals(
        month.plusMonths(1).atDay(10).compareTo(due) <= 0, true, "due on or after the 10th");
    assertEquals(LocalDate.now().isAfter(due), r.getBoolean("late"));

    // the month's sales are closed: entry refused, naming the report; the month before stays open
    var closed = sale(dealer, month.atDay(8), "30000", "MPV", false, "福州市车管所", 409);
    assertTrue(closed.contains(m + "的交易月报状态为“已上报”"), closed);
    sale(dealer, month.minusMonths(1).atDay(21), "30000", "MPV", false, "福州市车管所", 201);

    // the county sees it among the expected; another county sees neither it nor the report
    Api county = Api.of(base, "COMMERCE_AUTHORITY", "350102");
    JsonObject c =
        county.expect(
            200, "GET", "/used-car/report-reviews/completeness?kind=MONTHLY&period=" + m, null);
    JsonObject line = lineOf(c, dealer);
    assertFalse(line.getBoolean("missing"));
    assertEquals("SUBMITTED", line.getString("status"));
    assertTrue(c.getInt("expected") >= c.getInt("submitted") && c.getInt("submitted") >= 1);
    Api other = Api.of(base, "COMMERCE_AUTHORITY", "350103");
    JsonObject oc =
        other.expect(
            200, "GET", "/used-car/report-reviews/completeness?kind=MONTHLY&period=" + m, null);
    assertEquals(null, lineOf(oc, dealer));
    assertEquals(404, other.call("GET", "/used-car/report-reviews/" + id, null).statusCode());
    var outside =
        county.call(
            "GET",
            "/used-car/report-reviews/completeness?kind=MONTHLY&period=" + m + "&region=350200",
            null);
    assertEquals(409, outside.statusCode(), outside.body());

    // accepted: locked; a correction asked, approved: open again, and so is the month
    r = county.expect(200, "POST", "/used-car/report-reviews/" + id + "/acceptance", version(r));
    assertEquals("ACCEPTED", r.getString("status"));
    var locked = dealer.call("PUT", "/used-car/reports/" + id, fill(r, values, Map.of()));
    assertEquals(409, locked.statusCode(), locked.body());
    assertTrue(locked.body().contains("已受理"), locked.body());
    r =
        dealer.expect(
            200,
            "POST",
            "/used-car/reports/" + id + "/correction",
            "{\"version\":" + r.getJsonNumber("version") + ",\"reason\":\"漏报一辆MPV\"}");
    assertEquals("CORRECTION_REQUESTED", r.getString("status"));
    r =
        county.expect(
            200,
            "POST",
            "/used-car/report-reviews/" + id + "/correction",
            "{\"version\":"
                + r.getJsonNumber("version")
                + ",\"approve\":true,\"remark\":\"同意更正\"}");
    assertEquals("RETURNED", r.getString("status"));
    sale(dealer, month.atDay(8), "30000", "MPV", false, "福州市车管所", 201);
    r = dealer.expect(200, "POST", "/used-car/reports/" + id + "/recompute", version(r));
    assertEquals("1", cell(row(r, "MPV"), "TOTAL", "value"), "the MPV entered since");
  }

  @Test
  void lateAfterTheDueDayAndTheMissingRemindedOnceADay() {
    Api dealer = UsedCars.dealer(base, "350104", "福州逾期测试二手车经销有限公司");
    UsedCars.confirm(base, "350104", UsedCars.file(dealer));
    Api silent = UsedCars.dealer(base, "350104", "福州未报测试二手车经销有限公司");
    UsedCars.confirm(base, "350104", UsedCars.file(silent));
    // two months ago: its due day (the 10th of last month, or the next working day) has passed
    String m = YearMonth.from(LocalDate.now()).minusMonths(2).toString();
    JsonObject r = dealer.expect(200, "POST", "/used-car/reports", open("MONTHLY", m));
    long id = r.getJsonNumber("id").longValue();
    assertTrue(r.getBoolean("overdue"));
    r = dealer.expect(200, "PUT", "/used-car/reports/" + id, fill(r, values(r), Map.of()));
    r = dealer.expect(200, "POST", "/used-car/reports/" + id + "/submit", version(r));
    assertTrue(r.getBoolean("late"), "reported after " + r.getString("dueOn"));

    Api county = Api.of(base, "COMMERCE_AUTHORITY", "350104");
    JsonObject c =
        county.expect(
            200, "GET", "/used-car/report-reviews/completeness?kind=MONTHLY&period=" + m, null);
    assertTrue(lineOf(c, dealer).getBoolean("late"));
    assertTrue(lineOf(c, silent).getBoolean("missing"));
    assertEquals(c.getInt("submitted") - c.getInt("late"), c.getInt("onTime"));
    assertEquals(c.getInt("expected") - c.getInt("submitted"), c.getInt("missing"));
    int told =
        county
            .expect(
                200, "POST", "/used-car/report-reviews/reminders?kind=MONTHLY&period=" + m, null)
            .getInt("reminded");
    assertEquals(c.getInt("missing"), told);
    assertEquals(
        0,
        county
            .expect(
                200, "POST", "/used-car/report-reviews/reminders?kind=MONTHLY&period=" + m, null)
            .getInt("reminded"),
        "once a day");
    // the appraisal quarterly is not the dealer's
    var notMine = dealer.call("POST", "/used-car/reports", open("APPRAISAL", "2026-Q1"));
    assertEquals(409, notMine.statusCode(), notMine.body());
    var bad = dealer.call("POST", "/used-car/reports", open("WEEKLY", m));
    assertEquals(400, bad.statusCode(), bad.body());
  }

  @Test
  void statisticsFromTheAcceptedReturnsBesideTheRecordsByRegionClassAndMonth() throws Exception {
    // two dealers in 闽侯县 (one accepted, one only submitted), one in 福清市 (accepted)
    YearMonth month = YearMonth.from(LocalDate.now()).minusMonths(1);
    String m = month.toString();
    Api a = UsedCars.dealer(base, "350121", "闽侯统计测试二手车经销有限公司");
    UsedCars.confirm(base, "350121", UsedCars.file(a));
    Api b = UsedCars.dealer(base, "350121", "闽侯统计未受理二手车经销有限公司");
    UsedCars.confirm(base, "350121", UsedCars.file(b));
    Api c = UsedCars.dealer(base, "350181", "福清统计测试二手车经销有限公司");
    UsedCars.confirm(base, "350181", UsedCars.file(c));
    sale(a, month.atDay(3), "100000", "SEDAN", false, "福州市车管所", 201);
    sale(a, month.atDay(4), "50000", "SEDAN", true, "福州市车管所", 201);
    sale(b, month.atDay(5), "200000", "SUV", false, "福州市车管所", 201);
    sale(c, month.atDay(6), "300000", "TRUCK", false, "福州市车管所", 201);
    Api minhou = Api.of(base, "COMMERCE_AUTHORITY", "350121");
    Api fuqing = Api.of(base, "COMMERCE_AUTHORITY", "350181");
    report(a, m, minhou, true);
    report(b, m, minhou, false);
    report(c, m, fuqing, true);

    // the city: its counties, the accepted returns only
    Api city = Api.of(base, "COMMERCE_AUTHORITY", "350100");
    String q = "/used-car/report-reviews/statistics?kind=MONTHLY&from=" + m + "&to=" + m;
    JsonObject s = city.expect(200, "GET", q, null);
    assertEquals("350100", s.getString("region"));
    assertEquals("福州市", s.getString("regionName"));
    assertEquals("350000", s.getString("parentRegion"));
    JsonObject mh = line(s, "regions", "350121");
    assertEquals("闽侯县", mh.getString("name"));
    assertEquals(1, mh.getInt("returns"), "the submitted, not accepted, return is not counted");
    assertEquals("15.00", mh.getJsonObject("values").getJsonNumber("AMOUNT").toString());
    assertEquals("2", mh.getJsonObject("values").getJsonNumber("TOTAL").toString());
    assertEquals("1", mh.getJsonObject("values").getJsonNumber("CONSIGNED").toString());
    assertEquals("2", mh.getJsonObject("values").getJsonNumber("NON_OPERATING").toString());
    assertEquals(
        "30.00",
        line(s, "regions", "350181").getJsonObject("values").getJsonNumber("AMOUNT").toString());
    assertTrue(line(s, "regions", "350102") != null, "every county is listed, 0 where none");
    assertEquals(1, s.getJsonArray("periods").size());
    assertEquals(m, s.getJsonArray("periods").getJsonObject(0).getString("key"));

    // drilled down to 闽侯县: the county itself; by class
    JsonObject county = city.expect(200, "GET", q + "&region=350121", null);
    assertEquals(3, county.getInt("level"));
    assertEquals(1, county.getJsonArray("regions").size());
    assertEquals(
        "2",
        line(county, "classes", "SEDAN").getJsonObject("values").getJsonNumber("TOTAL").toString());
    assertEquals(
        "0",
        line(county, "classes", "SUV").getJsonObject("values").getJsonNumber("TOTAL").toString());
    // reported against recorded: the records count the unaccepted dealer's SUV too
    JsonObject recorded = city.expect(200, "GET", q + "&region=350121&source=SALES", null);
    assertEquals("35.00", recorded.getJsonObject("total").getJsonNumber("AMOUNT").toString());
    assertEquals("3", recorded.getJsonObject("total").getJsonNumber("TOTAL").toString());
    assertEquals("2", recorded.getJsonObject("total").getJsonNumber("DIRECT").toString());
    assertEquals(
        "1",
        line(recorded, "classes", "SUV").getJsonObject("values").getJsonNumber("TOTAL").toString());
    // the county sees its own, not its neighbour's nor the city
    JsonObject own = minhou.expect(200, "GET", q, null);
    assertEquals("350121", own.getString("region"));
    assertEquals("15.00", own.getJsonObject("total").getJsonNumber("AMOUNT").toString());
    var outside = minhou.call("GET", q + "&region=350100", null);
    assertEquals(409, outside.statusCode(), outside.body());
    assertTrue(outside.body().contains("350100"), outside.body());

    // mistakes named
    var order =
        city.call(
            "GET",
            "/used-car/report-reviews/statistics?kind=MONTHLY&from=2026-05&to=2026-01",
            null);
    assertEquals(400, order.statusCode(), order.body());
    assertTrue(order.body().contains("起始期不能晚于截止期"), order.body());
    var source = city.call("GET", q + "&source=GUESS", null);
    assertEquals(400, source.statusCode(), source.body());
    assertTrue(source.body().contains("GUESS"), source.body());
    var format =
        city.call("GET", "/used-car/report-reviews/statistics?kind=MONTHLY&to=2026/11", null);
    assertEquals(400, format.statusCode(), format.body());
    assertEquals(403, a.call("GET", q, null).statusCode(), "not the enterprise's");

    // the workbook: the same figures, as numbers
    var req =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "api/v1" + q.replace("statistics?", "statistics.xlsx?")))
            .header("Authorization", "Bearer " + city.token())
            .header("Accept-Language", "zh-CN")
            .build();
    var x =
        java.net.http.HttpClient.newHttpClient()
            .send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, x.statusCode());
    assertTrue(x.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
    try (var wb =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(
            new java.io.ByteArrayInputStream(x.body()))) {
      var rows = wb.getFirstSheet().read();
      assertEquals("地区", rows.get(0).getCellText(0));
      var row =
          rows.stream().filter(r -> "350121".equals(r.getCellText(1))).findFirst().orElseThrow();
      assertEquals("闽侯县", row.getCellText(0));
      assertEquals(
          0, new java.math.BigDecimal("15").compareTo(row.getCell(3).asNumber()), "万元 as a number");
      assertEquals(4, wb.getSheets().count(), "by region, class, period, about");
    }
  }

  /** A month reported by the dealer with its records' figures; accepted by the county or not. */
  static void report(Api dealer, String m, Api county, boolean accept) {
    JsonObject r = dealer.expect(200, "POST", "/used-car/reports", open("MONTHLY", m));
    long id = r.getJsonNumber("id").longValue();
    r = dealer.expect(200, "PUT", "/used-car/reports/" + id, fill(r, values(r), Map.of()));
    r = dealer.expect(200, "POST", "/used-car/reports/" + id + "/submit", version(r));
    if (accept) {
      county.expect(200, "POST", "/used-car/report-reviews/" + id + "/acceptance", version(r));
    }
  }

  private static JsonObject line(JsonObject statistics, String list, String key) {
    return statistics.getJsonArray(list).stream()
        .map(JsonObject.class::cast)
        .filter(l -> key.equals(l.getString("key")))
        .findFirst()
        .orElse(null);
  }

  private static String sale(
      Api dealer,
      LocalDate day,
      String price,
      String vehicleClass,
      boolean agent,
      String office,
      int status) {
    Map<String, String> v = UsedCars.sale(Fixtures.vin(), day.toString(), price);
    v.put("vehicleClass", vehicleClass);
    v.put("transferOffice", office);
    if (agent) {
      v.put("hasAgent", "true");
      v.put("agentKind", "PERSON");
      v.put("agentName", "李代理");
      v.put("agentIdNumber", "11010519491231002X");
      v.put("agentAddress", "福州市鼓楼区代理路3号");
      v.put("agentMobile", "13800000003");
    }
    var resp = dealer.call("POST", "/used-car/sales", UsedCars.body(v, null));
    assertEquals(status, resp.statusCode(), resp.body());
    return resp.body();
  }

  private static String open(String kind, String period) {
    return "{\"kind\":\"" + kind + "\",\"period\":\"" + period + "\"}";
  }

  private static String version(JsonObject r) {
    return "{\"version\":" + r.getJsonNumber("version") + "}";
  }

  private static JsonObject row(JsonObject r, String vehicleClass) {
    return r.getJsonArray("rows").stream()
        .map(JsonObject.class::cast)
        .filter(x -> x.getString("vehicleClass").equals(vehicleClass))
        .findFirst()
        .orElseThrow();
  }

  private static String cell(JsonObject row, String column, String which) {
    var c = row.getJsonObject("cells").getJsonObject(column);
    return !c.containsKey(which) || c.isNull(which) ? null : c.getJsonNumber(which).toString();
  }

  /** Every reported figure, with 使用性质 filled as 非营运 where the records leave it. */
  private static Map<String, String> values(JsonObject r) {
    Map<String, String> v = new HashMap<>();
    for (var x : r.getJsonArray("rows")) {
      JsonObject row = (JsonObject) x;
      String vc = row.getString("vehicleClass");
      row.getJsonObject("cells")
          .forEach(
              (col, cell) -> {
                JsonObject c = (JsonObject) cell;
                v.put(
                    vc + "." + col,
                    c.containsKey("value") && !c.isNull("value")
                        ? c.getJsonNumber("value").toString()
                        : "");
              });
      if (v.containsKey(vc + ".NON_OPERATING") && v.get(vc + ".NON_OPERATING").isEmpty()) {
        v.put(vc + ".OPERATING", "0");
        v.put(vc + ".NON_OPERATING", v.get(vc + ".TOTAL"));
        v.put(vc + ".CONVERTED", "0");
      }
    }
    return v;
  }

  private static String fill(
      JsonObject r, Map<String, String> values, Map<String, String> reasons) {
    var vb = jakarta.json.Json.createObjectBuilder();
    values.forEach(vb::add);
    var rb = jakarta.json.Json.createObjectBuilder();
    reasons.forEach(rb::add);
    return jakarta.json.Json.createObjectBuilder()
        .add("version", r.getJsonNumber("version"))
        .add("values", vb)
        .add("reasons", rb)
        .add("fillerName", "测填报")
        .build()
        .toString();
  }

  private static JsonObject lineOf(JsonObject completeness, Api dealer) {
    return completeness.getJsonArray("lines").stream()
        .map(JsonObject.class::cast)
        .filter(l -> dealer.login().equals(l.getString("creditCode", "")))
        .findFirst()
        .orElse(null);
  }
}
