package cn.autogov.filing;

import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.document.testing.GeneratedPdf;
import cn.autogov.testing.Http;
import cn.autogov.testing.MicroDeployment;
import cn.autogov.testing.Portal;
import cn.autogov.testing.fixtures.Fixtures;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The records of #6 on both businesses of the engine: materials streamed in and out with their
 * SHA-256, kept per version, refused (403, recorded) to other enterprises; the PDFs with a QR code
 * that decodes to the public verification page, which shows no personal data; the applicant told in
 * the inbox and by SMS once; who decided what and why, from the audit trail; the admin's search and
 * export.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class FilingRecordsIT {

  /** The largest file the slot's rule accepts: 10 MiB. */
  private static final long TEN_MB = 10L * 1024 * 1024;

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(
            FilingRecordsIT.class, "com.google.zxing.client.j2se.BufferedImageLuminanceSource")
        .addClass(GeneratedPdf.class);
  }

  @ArquillianResource URL base;

  @EJB TestFilings filings;

  @EJB Fixtures fixtures;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void shouldStreamMaterialsInAndOutKeepEachVersionAndRefuseOtherEnterprises() throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api stranger = Api.of(base, "ENTERPRISE", "110108");
    Api admin = Api.of(base, "ADMIN", null);
    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"" + Flows.COC + "\"}");
    long id = id(d);
    String number = d.getJsonObject("filing").getString("number");
    String slot = "/filings/" + id + "/materials/changedLicence";

    // 10 MB, streamed as the request body: stored, and the same bytes come back
    var first = upload(ent, slot, "licence.pdf", TEN_MB, 'a');
    assertEquals(200, first.statusCode(), first.body());
    String firstSha = sha256(pdf(TEN_MB, 'a'));
    JsonObject material = Api.json(first.body()).getJsonArray("materials").getJsonObject(0);
    assertEquals(TEN_MB, material.getJsonNumber("sizeBytes").longValue());
    assertEquals(firstSha, material.getString("sha256"));
    var back = download(ent, slot);
    assertEquals(200, back.statusCode());
    assertEquals(firstSha, back.headers().firstValue("X-Content-SHA256").orElse(""));
    assertEquals(firstSha, sha256(back.body()), "the stored content is what was sent");

    // one byte more than the rule allows: refused, naming the material, and nothing changes
    var tooBig = upload(ent, slot, "big.pdf", TEN_MB + 1, 'b');
    assertEquals(400, tooBig.statusCode());
    assertTrue(Api.problems(tooBig.body()).contains("changedLicence:"), tooBig.body());
    assertEquals(firstSha, sha256(download(ent, slot).body()));

    // a new upload replaces the file; the earlier one stays readable as a version
    assertEquals(200, upload(ent, slot, "licence-v2.pdf", 4096, 'c').statusCode());
    JsonObject m =
        ent.expect(200, "GET", "/filings/" + id, null).getJsonArray("materials").getJsonObject(0);
    assertEquals("licence-v2.pdf", m.getString("fileName"));
    assertEquals(1, m.getJsonArray("earlier").size());
    JsonObject earlier = m.getJsonArray("earlier").getJsonObject(0);
    assertEquals(firstSha, earlier.getString("sha256"));
    var version = download(ent, slot + "?version=" + earlier.getJsonNumber("id").longValue());
    assertEquals(firstSha, sha256(version.body()));

    // another enterprise asks for the file: 404, as for a missing one, and the attempt is audited
    assertEquals(404, download(stranger, slot).statusCode());
    var portal = new Portal.Session(base).signIn(stranger.login(), Portal.PASSWORD);
    assertEquals(404, portal.get("/files/filing/" + id + "/changedLicence").statusCode());
    JsonObject refused =
        admin.expect(
            200,
            "GET",
            "/admin/audit?actor=" + stranger.login() + "&action=file.download-refused",
            null);
    assertEquals(2, refused.getInt("total"), refused.toString());
    assertEquals(number, refused.getJsonArray("entries").getJsonObject(0).getString("subject"));
    // ... like every download, with the file's digest
    JsonObject downloads =
        admin.expect(
            200, "GET", "/admin/audit?subject=" + number + "&action=file.downloaded", null);
    assertEquals(3, downloads.getInt("total"), downloads.toString());
    assertTrue(downloads.toString().contains(firstSha));
  }

  @Test
  void shouldGiveBothBusinessesPdfsWithAQrCodeToAVerificationWithoutPersonalData()
      throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    long export = Flows.exportApproved(base, ent, commerce, null);
    JsonObject exported = ent.expect(200, "GET", "/filings/" + export, null);
    String number = exported.getJsonObject("filing").getString("number");
    String enterprise = exported.getJsonObject("filing").getString("applicantName");

    // the 备案列表 as an Excel workbook: the filing with its status and dates, for its enterprise only
    var xlsx =
        new Portal.Session(base)
            .signIn(ent.login(), Portal.PASSWORD)
            .download("/app/filings/list.xlsx");
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    String sheet = sheetText(xlsx.body());
    for (String expected :
        List.of(
            "申请编号",
            "有效截止日期",
            number,
            "二手车出口企业备案",
            "审核通过",
            exported.getJsonObject("filing").getString("validUntil"))) {
      assertTrue(sheet.contains(expected), expected + " in\n" + sheet);
    }
    assertEquals(
        403,
        new Portal.Session(base)
            .signIn(commerce.login(), Portal.PASSWORD)
            .download("/app/filings/list.xlsx")
            .statusCode(),
        "a reviewer has no 备案列表 of its own");

    // 备案表: the filing in Chinese, with the QR code of its verification
    byte[] record = pdf(ent, export, "record");
    String text = text(record);
    for (String expected :
        List.of("二手车出口企业备案", "备案表", number, enterprise, "审核通过", "北京市海淀区测试路1号", "真伪核验")) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
    String url = qr(record);
    assertTrue(
        url.startsWith(base.toString().replaceAll("/$", "") + "/verify.xhtml?n=" + number), url);

    // the verification page: anyone, no login; status and validity; nobody's personal data
    var page = Http.get(new URL(url), "");
    assertEquals(200, page.statusCode());
    String body = page.body();
    assertTrue(body.contains("该备案当前有效"), body);
    assertTrue(body.contains(number) && body.contains(enterprise) && body.contains("审核通过"));
    String validUntil = exported.getJsonObject("filing").getString("validUntil");
    assertTrue(body.contains(validUntil), body);
    for (String personal :
        List.of(
            "王联系",
            "13811111111",
            "wang@example.cn",
            commerce.login(),
            fixtures.mobileOf(ent.login()))) {
      assertFalse(body.contains(personal), "personal data on the public page: " + personal);
    }
    // a wrong code finds nothing, so numbers cannot be walked
    String wrong = url.substring(0, url.lastIndexOf("c=") + 2) + "AAAAAAAAAAAA";
    assertTrue(Http.get(new URL(wrong), "").body().contains("未找到与该申请编号和核验码相符的备案"));
    assertEquals(
        404,
        Portal.api(
                base,
                "GET",
                "/api/v1/public/filing-verifications?number=" + number + "&code=AAAAAAAAAAAA",
                null,
                null)
            .statusCode());

    // 审核决定书 of the other business, the certificate-information change
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api ent2 = Api.of(base, "ENTERPRISE", "110108");
    JsonObject coc = Flows.cocSubmitted(ent2, "测试核验企业" + System.nanoTime());
    long cocId = id(coc);
    assertEquals(409, download(ent2, "/filings/" + cocId + "/documents/decision").statusCode());
    centre.expect(
        200,
        "POST",
        "/review/filings/" + cocId + "/decisions",
        "{\"decision\":\"REJECT\",\"remark\":\"营业执照与申请名称不一致\"}");
    byte[] decision = pdf(ent2, cocId, "decision");
    String decisionText = text(decision);
    assertTrue(decisionText.contains("审核决定书"), decisionText);
    assertTrue(decisionText.contains("审核不通过"), decisionText);
    assertTrue(decisionText.contains("营业执照与申请名称不一致"), decisionText);
    // an official document: 文号, the applicant addressed, the issuing authority, the date in
    // words and the reviewer by name (not a login name); the download named in Chinese
    assertTrue(decisionText.contains("审核决定〔"), decisionText);
    assertTrue(decisionText.contains("测试企业" + ent2.login() + "："), "the applicant addressed");
    assertTrue(decisionText.contains("测试单位"), "the issuing authority: " + decisionText);
    var today = cn.autogov.kernel.BusinessTime.today();
    assertTrue(
        decisionText.contains(
            today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日"),
        decisionText);
    assertTrue(decisionText.contains("审核人"), "the reviewer named: " + decisionText);
    String disposition =
        download(ent2, "/filings/" + cocId + "/documents/decision")
            .headers()
            .firstValue("Content-Disposition")
            .orElse("");
    assertTrue(
        java.net.URLDecoder.decode(disposition, StandardCharsets.UTF_8)
            .contains(
                "合格证企业信息变更-" + coc.getJsonObject("filing").getString("number") + "-审核决定书.pdf"),
        disposition);
    String cocUrl = qr(decision);
    String cocPage = Http.get(new URL(cocUrl), "").body();
    assertTrue(cocPage.contains("该备案当前不在有效状态"), cocPage);
    assertTrue(cocPage.contains("审核不通过"), cocPage);
    // a reader outside the filing gets no PDF
    assertEquals(404, download(ent, "/filings/" + cocId + "/documents/record").statusCode());
  }

  @Test
  void shouldTellTheApplicantOnceAndShowWhoDecidedWhatAndWhy() throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api admin = Api.of(base, "ADMIN", null);
    JsonObject d = Flows.cocSubmitted(ent, "测试通知企业" + System.nanoTime());
    long id = id(d);
    String number = d.getJsonObject("filing").getString("number");
    String why = "请补充加盖公章的营业执照" + id;
    d =
        centre.expect(
            200,
            "POST",
            "/review/filings/" + id + "/decisions",
            "{\"decision\":\"RETURN\",\"remark\":\"" + why + "\"}");
    assertEquals("RETURNED", status(d));

    // the inbox: submitted, then returned with the reason
    var inbox =
        Api.json("{\"m\":" + ent.call("GET", "/inbox", null).body() + "}").getJsonArray("m");
    List<String> keys = inbox.stream().map(v -> v.asJsonObject().getString("key")).toList();
    assertEquals(List.of("inbox.filing.RETURNED", "inbox.filing.SUBMITTED"), keys);
    assertTrue(inbox.getJsonObject(0).getJsonArray("args").toString().contains(why));
    String page =
        new Portal.Session(base)
            .signIn(ent.login(), Portal.PASSWORD)
            .get("/app/inbox.xhtml")
            .body();
    assertTrue(page.contains("您的申请" + number), page);
    assertTrue(page.contains("被退回修改：" + why), page);
    long message = inbox.getJsonObject(0).getJsonNumber("id").longValue();
    ent.expect(200, "POST", "/inbox/" + message + "/read", null);
    assertEquals(404, centre.call("POST", "/inbox/" + message + "/read", null).statusCode());

    // ... and one SMS, delivered after commit
    String mobile = fixtures.mobileOf(ent.login());
    long deadline = System.currentTimeMillis() + 20_000;
    List<String> sent;
    do {
      Thread.sleep(200);
      sent = filings.deliveryOf(mobile, number);
    } while (!sent.equals(List.of("SENT")) && System.currentTimeMillis() < deadline);
    assertEquals(List.of("SENT"), sent, "one message, delivered");

    // who decided what, and why: from the audit trail, for the applicant and the reviewer
    var trail = ent.call("GET", "/filings/" + id + "/audit", null);
    assertEquals(200, trail.statusCode(), trail.body());
    var entries = Api.json("{\"e\":" + trail.body() + "}").getJsonArray("e");
    List<String> actions = entries.stream().map(e -> e.asJsonObject().getString("action")).toList();
    assertTrue(
        actions.containsAll(
            List.of("filing.created", "filing.saved", "filing.submitted", "filing.returned")),
        actions.toString());
    JsonObject returned = last(entries, "filing.returned");
    assertEquals(centre.login(), returned.getString("actor"));
    assertEquals("SUBMITTED", returned.getString("before"));
    assertEquals("RETURNED | " + why, returned.getString("after"));
    assertTrue(
        List.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(returned.getString("origin")),
        "where it came from: " + returned);
    JsonObject submitted = last(entries, "filing.submitted");
    assertEquals(ent.enterpriseId().longValue(), submitted.getJsonNumber("actingFor").longValue());
    String view =
        new Portal.Session(base)
            .signIn(centre.login(), Portal.PASSWORD)
            .get("/review/filings/view.xhtml?id=" + id)
            .body();
    assertTrue(view.contains("退回修改：" + why), "the audit entry in words: " + view);
    assertFalse(view.contains("RETURNED | "), "no status code on the page");

    // the administrators' search and export; logins are there too
    JsonObject found = admin.expect(200, "GET", "/admin/audit?subject=" + number, null);
    assertEquals(entries.size(), found.getInt("total"));
    assertTrue(
        admin
                .expect(200, "GET", "/admin/audit?actor=" + ent.login() + "&action=login", null)
                .getInt("total")
            >= 1);
    var adminPortal = new Portal.Session(base).signIn(admin.login(), Portal.PASSWORD);
    var csv = adminPortal.get("/admin/audit-export?subject=" + number);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("\ufeffseq,recorded_at,actor"), csv.body());
    assertTrue(csv.body().contains("RETURNED | " + why), csv.body());
    assertEquals(entries.size() + 1, csv.body().split("\r\n").length, "header and one row each");
    assertEquals(
        403,
        new Portal.Session(base)
            .signIn(ent.login(), Portal.PASSWORD)
            .get("/admin/audit-export")
            .statusCode());
  }

  /** The first sheet of a workbook as the platform reads one: its cells' texts, a row a line. */
  private static String sheetText(byte[] xlsx) {
    try {
      return cn.autogov.document.sheet.XlsxReader.rows(
              new java.io.ByteArrayInputStream(xlsx), 100_000)
          .stream()
          .map(r -> String.join("\t", r.stream().map(c -> c == null ? "" : c).toList()))
          .collect(java.util.stream.Collectors.joining("\n"));
    } catch (cn.autogov.document.sheet.XlsxReader.NotAWorkbook e) {
      throw new AssertionError("not a workbook", e);
    }
  }

  private static JsonObject last(jakarta.json.JsonArray entries, String action) {
    JsonObject found = null;
    for (JsonValue e : entries) {
      if (e.asJsonObject().getString("action").equals(action)) {
        found = e.asJsonObject();
      }
    }
    assertNotNull(found, action);
    return found;
  }

  private static byte[] pdf(long size, char fill) throws IOException {
    return GeneratedPdf.of(size, fill).readAllBytes();
  }

  private HttpResponse<String> upload(Api who, String path, String name, long size, char fill)
      throws Exception {
    var req =
        HttpRequest.newBuilder(Http.uri(base, "/api/v1" + path + "?fileName=" + name))
            .header("Authorization", "Bearer " + who.token())
            .header("Content-Type", "application/octet-stream")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> GeneratedPdf.of(size, fill)))
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(Api who, String path) throws Exception {
    var req =
        HttpRequest.newBuilder(Http.uri(base, "/api/v1" + path))
            .header("Authorization", "Bearer " + who.token())
            .header("Accept", "*/*")
            .GET()
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
  }

  private byte[] pdf(Api who, long id, String kind) throws Exception {
    var r = download(who, "/filings/" + id + "/documents/" + kind);
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    return r.body();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /**
   * The QR code on the last page, as a phone reads it from a print: a few resolutions, trying hard
   * (one rendering now and then samples the grid badly: a checksum error, not a wrong code).
   */
  private static String qr(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Exception last = null;
      for (int dpi : new int[] {200, 300, 150}) {
        var image = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, dpi);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
          return new QRCodeReader()
              .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
              .getText();
        } catch (com.google.zxing.ChecksumException
            | com.google.zxing.NotFoundException
            | com.google.zxing.FormatException e) {
          last = e;
        }
      }
      throw last;
    }
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
