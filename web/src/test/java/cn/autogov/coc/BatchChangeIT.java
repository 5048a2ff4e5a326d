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
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 合格证电子信息批量变更 (seed 000 §十二) over REST, as a manufacturer, two reviewers and a tax system use it: a
 * wrong VIN, a repeated number and another enterprise's number are named by row; a new-energy
 * vehicle asks for its own evidence PDF; the reviewer reads which listed numbers the written
 * application lacks; one certificate is left out with its reason, two reviewers approve the rest,
 * and the tax side finds the approved ones — not the one left out.
 */
@Tag("served")
@ExtendWith(Served.class)
class BatchChangeIT {

  static final List<String> VINS =
      List.of("LFWADRJF011002346", "LSJA24U62JG269225", "LBV5S3102ESJ25655");

  @Served.Base URL base;

  /** A one-page PDF whose text lists the lines. */
  static String pdfListing(List<String> lines) {
    try (var doc = new PDDocument();
        var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      doc.addPage(page);
      try (var s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        s.newLineAtOffset(50, 740);
        for (String line : lines) {
          s.showText(line);
          s.newLineAtOffset(0, -16);
        }
        s.endText();
      }
      doc.save(out);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> row(
      Map<String, String> v, int i, String number, String vin, String nev) {
    v.put("certificates." + i + ".certificateNumber", number);
    v.put("certificates." + i + ".vin", vin);
    v.put("certificates." + i + ".vehicleModel", "BJ7000A");
    v.put("certificates." + i + ".newEnergy", nev);
    return v;
  }

  @Test
  void shouldApprovePartOfTheListForTheTaxSide() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api first = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api second = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api admin = Api.of(base, "ADMIN", null);
    String code = ent.expect(200, "GET", "/enterprise", null).getString("certificateCode");
    String n1 = code + "0000000001";
    String n2 = code + "0000000002";
    String n3 = code + "0000000003";

    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"coc-batch-change\"}");
    long id = id(d);
    assertTrue(d.getJsonObject("filing").getString("number").startsWith("CBC-"));
    Map<String, String> v = new HashMap<>();
    v.put("changeKind", "REVOKE");
    v.put("reason", "生产系统故障导致合格证信息错误上传");
    row(v, 0, n1, VINS.get(0), "NO");
    row(v, 1, n1, "LSJA24U62JG269226", "NO"); // repeated number, wrong check digit
    row(v, 2, "WXYZ000000000" + "9", VINS.get(2), "NO");
    var refused = ent.call("PUT", "/filings/" + id + "/form", form(v, false));
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(problems.contains("certificates.1.vin: "), problems);
    assertTrue(
        problems.contains("certificates.1.certificateNumber: 合格证编号清单第2行「合格证编号」“" + n1 + "”与第1行重复"),
        problems);

    // fixed: the third vehicle is a new-energy one and needs its own evidence PDF
    row(v, 1, n2, VINS.get(1), "NO");
    row(v, 2, n3, VINS.get(2), "YES");
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, false));
    String slots =
        ent.expect(200, "GET", "/filings/" + id, null).getJsonArray("materials").toString();
    assertTrue(slots.contains("nevEvidence-" + VINS.get(2)), slots);
    // the written application forgets n3
    ent.expect(
        200,
        "PUT",
        "/filings/" + id + "/materials/writtenApplication",
        file("申请.pdf", pdfListing(List.of("Certificates:", n1, n2))));
    ent.expect(200, "PUT", "/filings/" + id + "/materials/correctiveMeasures", file("m.pdf", PDF));
    ent.expect(200, "PUT", "/filings/" + id + "/materials/declaration", file("d.pdf", PDF));
    var noEvidence = ent.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, noEvidence.statusCode(), noEvidence.body());
    assertTrue(
        Api.problems(noEvidence.body()).contains("nevEvidence-" + VINS.get(2) + ": 新能源车辆作证材料"),
        noEvidence.body());
    ent.expect(
        200,
        "PUT",
        "/filings/" + id + "/materials/nevEvidence-" + VINS.get(2),
        file("nev.pdf", PDF));
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    ent.expect(200, "POST", "/filings/" + id + "/submit", null);

    // the reviewer reads that the written application lacks n3, and leaves it out
    String notes =
        first.expect(200, "GET", "/filings/" + id, null).getJsonArray("notes").toString();
    assertTrue(notes.contains("书面申请PDF中未找到清单中的1个合格证编号（共3个）：" + n3), notes);
    var noReason =
        first.call(
            "POST",
            "/coc/batch-changes/" + id + "/exclusions",
            "{\"certificateNumber\":\"" + n3 + "\"}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals(
        403,
        ent.call(
                "POST",
                "/coc/batch-changes/" + id + "/exclusions",
                "{\"certificateNumber\":\"" + n3 + "\",\"reason\":\"x\"}")
            .statusCode());
    first.expect(
        200,
        "POST",
        "/coc/batch-changes/" + id + "/exclusions",
        "{\"certificateNumber\":\"" + n3 + "\",\"reason\":\"书面申请未列明该合格证\"}");
    String excluded = ent.call("GET", "/coc/batch-changes/" + id + "/exclusions", null).body();
    assertTrue(excluded.contains(n3) && excluded.contains("书面申请未列明该合格证"), excluded);

    // four eyes: the first approval hands it to a second reviewer; then the list less n3
    first.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    first.expect(200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("SUBMITTED", status(ent.expect(200, "GET", "/filings/" + id, null)));
    second.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    assertEquals(
        "APPROVED",
        status(
            second.expect(
                200,
                "POST",
                "/review/filings/" + id + "/decisions",
                "{\"decision\":\"APPROVE\"}")));
    String approved = ent.call("GET", "/coc/batch-changes/" + id + "/approved", null).body();
    assertTrue(approved.contains(n1) && approved.contains(n2) && !approved.contains(n3), approved);

    // the tax side: n1 by number, n2 by VIN, n3 not
    JsonObject tax = Exchange.newClientOf(admin, "TAX", "TAX_BATCH_CHANGE");
    Answer byNumber = taxCall(tax, "/batch-changes?certificateNumber=" + n1);
    assertEquals(200, byNumber.status(), byNumber.body());
    assertTrue(byNumber.body().contains("\"approved\":true") && byNumber.body().contains("REVOKE"));
    assertTrue(taxCall(tax, "/batch-changes?vin=" + VINS.get(1)).body().contains(n2));
    assertTrue(
        taxCall(tax, "/batch-changes?certificateNumber=" + n3)
            .body()
            .contains("\"approved\":false"));
    assertEquals("INVALID_REQUEST", taxCall(tax, "/batch-changes").code());

    // the same over SOAP (urn:autogov:tax:v1, WS-Security)
    Answer soap =
        Exchange.post(
            Exchange.https("/ws/TaxService"),
            Exchange.envelope(
                "urn:autogov:tax:v1",
                tax.getString("clientId"),
                tax.getString("secret"),
                null,
                "<c:CheckBatchChange><c:vin>" + VINS.get(0) + "</c:vin></c:CheckBatchChange>"));
    assertEquals(200, soap.status(), soap.body());
    assertTrue(
        soap.body().contains("<approved>true</approved>")
            || soap.body().contains(":approved>true<"),
        soap.body());
    assertTrue(soap.body().contains(n1) && soap.body().contains("REVOKE"), soap.body());
  }

  private static Answer taxCall(JsonObject client, String path) {
    return Exchange.send(
        Exchange.https("/api/v1/exchange/tax" + path),
        "GET",
        null,
        Exchange.basic(client.getString("clientId"), client.getString("secret")),
        null);
  }
}
