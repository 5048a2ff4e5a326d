package cn.autogov.usedcar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Http;
import cn.autogov.testing.Served;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 导入 as a dealer does it (seed 003 §2.4.2): the template; a file with two bad rows checked (each
 * named by row, column and reason, nothing saved) and refused at commit (nothing saved); its error
 * workbook marks the two; corrected, it imports whole; imported again, nothing is doubled; hostile
 * files are refused by what they are.
 */
@Tag("served")
@ExtendWith(Served.class)
class SaleImportIT {

  @Served.Base URL base;

  private HttpResponse<byte[]> post(Api who, String path, byte[] body) {
    return Http.sendBytes(
        HttpRequest.newBuilder(Http.uri(base, "/api/v1" + path))
            .header("Authorization", "Bearer " + who.token())
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private static JsonObject json(HttpResponse<byte[]> r) {
    return Api.json(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aReportedMonthsRowsAreRefusedWithTheReportNamed() {
    Api dealer = UsedCars.dealer(base, "350102", "福州月报已报导入测试二手车有限公司");
    UsedCars.confirm(base, "350102", UsedCars.file(dealer));
    java.time.YearMonth last = java.time.YearMonth.now().minusMonths(1);
    UsedCarReportIT.report(dealer, last.toString(), null, false);
    // a row of the reported month, one of this month
    byte[] file =
        SaleSheets.workbook(
            2,
            (i, r) -> r.set(25, (i == 0 ? last.atDay(5) : java.time.LocalDate.now()).toString()));
    JsonObject checked = json(post(dealer, "/used-car/imports?fileName=late.xlsx", file));
    assertEquals(1, checked.getInt("valid"), checked.toString());
    JsonObject p = checked.getJsonArray("problems").getJsonObject(0);
    assertEquals(2, p.getInt("row"));
    assertEquals("Z", p.getString("column"));
    assertTrue(p.getString("message").contains(last + "的交易月报状态为“已上报”"), p.toString());
    var refused = post(dealer, "/used-car/imports?commit=true&fileName=late.xlsx", file);
    assertEquals(400, refused.statusCode());
    assertEquals(0, listed(dealer), "all or nothing");
  }

  @Test
  void checksRefusesMarksThenImportsWholeAndNeverTwice() {
    Api dealer = UsedCars.dealer(base, "350102", "福州导入测试二手车有限公司");
    byte[] early = SaleSheets.workbook(2, (i, r) -> {});
    assertEquals(409, post(dealer, "/used-car/imports", early).statusCode(), "not yet confirmed");
    UsedCars.confirm(base, "350102", UsedCars.file(dealer));

    // the template: the columns, the instructions, the code lists
    var template =
        Http.sendBytes(
            HttpRequest.newBuilder(Http.uri(base, "/api/v1/used-car/sales/template"))
                .header("Authorization", "Bearer " + dealer.token())
                .build());
    assertEquals(200, template.statusCode());
    List<List<String>> header = SaleSheets.read(template.body());
    assertEquals(SaleSheets.HEADER, header.get(0));

    // 30 rows, two of them wrong
    byte[] bad =
        SaleSheets.workbook(
            30,
            (i, r) -> {
              if (i == 4) {
                r.set(
                    18,
                    r.get(18).substring(0, 8)
                        + (r.get(18).charAt(8) == '1' ? '2' : '1')
                        + r.get(18).substring(9));
              }
              if (i == 17) {
                r.set(23, "壹万元整");
              }
            });
    JsonObject checked = json(post(dealer, "/used-car/imports?fileName=bad.xlsx", bad));
    assertEquals(30, checked.getInt("rows"));
    assertEquals(28, checked.getInt("valid"));
    assertEquals(2, checked.getInt("problemCount"));
    var problems = checked.getJsonArray("problems");
    assertEquals(6, problems.getJsonObject(0).getInt("row")); // the 5th data row under the header
    assertEquals("S", problems.getJsonObject(0).getString("column"));
    assertTrue(problems.getJsonObject(0).getString("message").contains("校验位"), problems.toString());
    assertEquals(19, problems.getJsonObject(1).getInt("row"));
    assertEquals("X", problems.getJsonObject(1).getString("column"));
    assertTrue(problems.getJsonObject(1).getString("message").contains("与小写金额不符"));
    assertEquals(0, listed(dealer), "a dry run saves nothing");

    var refused = post(dealer, "/used-car/imports?commit=true&fileName=bad.xlsx", bad);
    assertEquals(400, refused.statusCode());
    assertFalse(json(refused).getBoolean("committed"));
    assertEquals(0, listed(dealer), "all or nothing");

    // the error workbook marks the two rows
    var marked = post(dealer, "/used-car/imports/errors?fileName=bad.xlsx", bad);
    assertEquals(200, marked.statusCode());
    List<List<String>> rows = SaleSheets.read(marked.body());
    assertEquals(31, rows.size());
    assertEquals("错误说明", rows.get(0).get(26));
    assertTrue(rows.get(5).get(26).contains("校验位"), rows.get(5).toString());
    assertTrue(rows.get(18).get(26).contains("与小写金额不符"));
    assertTrue(rows.get(1).size() < 27 || rows.get(1).get(26) == null, "a good row has no note");

    // corrected (the marked workbook itself, notes column and all), it imports whole
    byte[] good = SaleSheets.workbook(30, (i, r) -> {});
    JsonObject done = json(post(dealer, "/used-car/imports?commit=true&fileName=good.xlsx", good));
    assertTrue(done.getBoolean("committed"));
    assertEquals(30, done.getInt("recorded"));
    assertEquals(30, listed(dealer));

    // the same file again: nothing doubled
    JsonObject again = json(post(dealer, "/used-car/imports?commit=true&fileName=good.xlsx", good));
    assertEquals(0, again.getInt("recorded"));
    assertEquals(30, again.getInt("alreadyRecorded"));
    assertEquals(30, listed(dealer));
  }

  @Test
  void refusesHostileFilesByWhatTheyAre() {
    Api dealer = UsedCars.dealer(base, "350102", "福州恶意文件测试有限公司");
    UsedCars.confirm(base, "350102", UsedCars.file(dealer));
    for (var hostile :
        List.of(
            List.of("docx", SaleSheets.docx(), "文件内容为"),
            List.of("entries", SaleSheets.manyEntries(), "压缩"),
            List.of("bomb", SaleSheets.bomb(), "压缩"),
            List.of("xxe", SaleSheets.externalEntity(), "XXE"))) {
      var r = post(dealer, "/used-car/imports?fileName=x.xlsx", (byte[]) hostile.get(1));
      String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(400, r.statusCode(), hostile.get(0) + ": " + body);
      assertTrue(body.contains((String) hostile.get(2)), hostile.get(0) + ": " + body);
      assertFalse(body.contains("root:"), "no file of the server's in the answer");
    }
    assertEquals(0, listed(dealer));
  }

  private static int listed(Api dealer) {
    return dealer.expect(200, "GET", "/used-car/sales?size=100", null).getJsonArray("rows").size();
  }
}
