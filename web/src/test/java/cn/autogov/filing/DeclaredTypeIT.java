package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Http;
import cn.autogov.testing.MicroDeployment;
import cn.autogov.testing.Portal;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A business that is only a declaration — {@code cn.autogov.sample}: a form entity with six fields
 * of different kinds and a table of branches, a definition, a migration — works over REST, through
 * review, and in its PDF, with nothing else written for it.
 */
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeclaredTypeIT {

  private static final String TYPE = "it-sample";

  @Deployment(testable = false)
  static WebArchive app() {
    return MicroDeployment.withSample(DeclaredTypeIT.class);
  }

  @ArquillianResource URL base;

  private static JsonObject values(String branches, boolean complete) {
    String v =
        "{\"enterpriseName\":\"示例车行有限公司\",\"enterpriseScale\":\"SMALL\","
            + "\"registeredCapital\":\"120.50\",\"establishedOn\":\"2018-06-01\","
            + "\"businessScope\":\"二手车经销\",\"contactMobile\":\"13811112222\","
            + "\"branches\":"
            + branches
            + "}";
    return Json.createObjectBuilder()
        .add("values", Json.createReader(new java.io.StringReader(v)).readObject())
        .add("complete", complete)
        .build();
  }

  private static final String GOOD_ROWS =
      "[{\"name\":\"鼓楼分店\",\"licenceNumber\":\"91350100M000100Y43\",\"address\":\"福州市鼓楼区一路1号\"},"
          + "{\"name\":\"台江分店\",\"licenceNumber\":\"91350100M000100Y43\",\"address\":\"福州市台江区二路2号\","
          + "\"scope\":\"二手车收购\"}]";

  @Test
  void shouldWorkOverRestThroughReviewAndInItsPdfFromItsDeclarationAlone() throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "350102");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);

    // the REST schema follows from the declaration: the table and its typed columns
    var types = ent.call("GET", "/filing-types", null);
    assertEquals(200, types.statusCode(), types.body());
    JsonObject sample =
        Json.createReader(new java.io.StringReader(types.body())).readArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> TYPE.equals(t.getString("code")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + TYPE + " in " + types.body()));
    JsonArray fields = sample.getJsonArray("fields");
    assertEquals(7, fields.size(), fields.toString());
    JsonObject table = fields.getJsonObject(6);
    assertEquals("TABLE", table.getString("kind"));
    assertEquals(
        "[name, licenceNumber, address, scope]",
        table.getJsonArray("columns").stream()
            .map(c -> c.asJsonObject().getString("name"))
            .toList()
            .toString());
    assertEquals("USCC", table.getJsonArray("columns").getJsonObject(1).getString("identifier"));

    long id = Api.id(ent.expect(201, "POST", "/filings", "{\"type\":\"" + TYPE + "\"}"));

    // a bad cell: the answer names its row and column, and nothing is kept
    String bad =
        GOOD_ROWS.replace(
            "\"91350100M000100Y43\",\"address\":\"福州市台江区", "\"9135\",\"address\":\"福州市台江区");
    var refused = ent.call("PUT", "/filings/" + id + "/form", values(bad, true).toString());
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = Api.problems(refused.body());
    assertTrue(problems.contains("branches.1.licenceNumber: 分支机构第2行「营业执照号」"), problems);
    assertEquals(0, rows(ent.expect(200, "GET", "/filings/" + id, null)).size());

    // the rows as arrays, in and out
    ent.expect(
        200, "PUT", "/filings/" + id + "/materials/licenceCopy", Api.file("licence.pdf", Api.PDF));
    ent.expect(200, "PUT", "/filings/" + id + "/form", values(GOOD_ROWS, true).toString());
    JsonArray rows = rows(ent.expect(200, "GET", "/filings/" + id, null));
    assertEquals(2, rows.size());
    assertEquals("台江分店", rows.getJsonObject(1).getString("name"));
    assertEquals("二手车收购", rows.getJsonObject(1).getString("scope"));
    assertEquals("", rows.getJsonObject(0).getString("scope"));

    ent.expect(200, "POST", "/filings/" + id + "/submit", null);
    centre.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    JsonObject approved =
        centre.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", Api.status(approved));

    // after approval: the declared fulfilment steps, in order, each by its role, the applicant told
    JsonObject view = approved.getJsonObject("filing");
    assertEquals("made", view.getJsonObject("nextStep").getString("code"));
    assertEquals(
        404, // a legal person reviews only what an account files to its enterprise
        ent.call("POST", "/review/filings/" + id + "/fulfilment", "{\"step\":\"made\"}")
            .statusCode());
    var early =
        centre.call(
            "POST",
            "/review/filings/" + id + "/fulfilment",
            "{\"step\":\"shipped\",\"datum\":\"SF1\"}");
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("下一步应办理「制作完成」"), early.body());
    centre.expect(200, "POST", "/review/filings/" + id + "/fulfilment", "{\"step\":\"made\"}");
    var noTracking =
        centre.call("POST", "/review/filings/" + id + "/fulfilment", "{\"step\":\"shipped\"}");
    assertEquals(400, noTracking.statusCode(), noTracking.body());
    assertTrue(
        Api.problems(noTracking.body()).contains("trackingNumber: 快递单号不能为空"), noTracking.body());
    JsonObject shipped =
        centre.expect(
            200,
            "POST",
            "/review/filings/" + id + "/fulfilment",
            "{\"step\":\"shipped\",\"datum\":\"SF1234567890\"}");
    assertTrue(
        !shipped.getJsonObject("filing").containsKey("nextStep")
            || shipped.getJsonObject("filing").isNull("nextStep"),
        "all steps done");
    JsonObject mine = ent.expect(200, "GET", "/filings/" + id, null);
    var steps =
        mine.getJsonArray("history").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> "fulfilled".equals(e.getString("action")))
            .toList();
    assertEquals(2, steps.size(), mine.toString());
    assertEquals("shipped", steps.get(1).getJsonObject("fulfilment").getString("code"));
    assertEquals("SF1234567890", steps.get(1).getString("remark"));
    var told = Http.get(base, "/it/messages?login=" + Portal.enc(ent.login()));
    assertTrue(told.body().contains("办理进度：已寄出，快递单号：SF1234567890"), told.body());
    assertEquals(
        409,
        centre
            .call("POST", "/review/filings/" + id + "/fulfilment", "{\"step\":\"shipped\"}")
            .statusCode());

    // the record PDF lists the rows
    String pdf = text(download(ent, "/filings/" + id + "/documents/record"));
    assertTrue(pdf.contains("分支机构"), pdf);
    assertTrue(pdf.contains("1. 分支机构名称：鼓楼分店"), pdf);
    assertTrue(pdf.contains("2. 分支机构名称：台江分店"), pdf);
    assertTrue(pdf.contains("示例车行有限公司"), pdf);
  }

  @Test
  void shouldLetAnAccountFileItsOwnAffairsOnTheEngine() throws Exception {
    Api person = Api.of(base, "REGISTERED", null);
    Api stranger = Api.of(base, "REGISTERED", null);
    Api ent = Api.of(base, "ENTERPRISE", "350102");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    String account = cn.autogov.sample.SampleAccountDefinition.CODE;

    // a natural person reads the account type's schema, and may start it, not an enterprise's
    var types = person.call("GET", "/filing-types", null);
    assertEquals(200, types.statusCode(), types.body());
    assertTrue(types.body().contains("\"code\":\"" + account + "\""), types.body());
    var notMine = person.call("POST", "/filings", "{\"type\":\"" + TYPE + "\"}");
    assertEquals(409, notMine.statusCode(), notMine.body());
    assertTrue(notMine.body().contains("请先选择要办理业务的企业"), notMine.body());
    long id = Api.id(person.expect(201, "POST", "/filings", "{\"type\":\"" + account + "\"}"));
    var twice = person.call("POST", "/filings", "{\"type\":\"" + account + "\"}");
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(twice.body().contains("已有未办结的同类申请"), twice.body());

    // it is the account's alone: another person and an enterprise are told it does not exist
    assertEquals(404, stranger.call("GET", "/filings/" + id, null).statusCode());
    assertEquals(404, ent.call("GET", "/filings/" + id, null).statusCode());
    String form =
        "{\"values\":{\"contactMobile\":\"13811112222\",\"businessScope\":\"申请说明\"},"
            + "\"complete\":true}";
    assertEquals(404, stranger.call("PUT", "/filings/" + id + "/form", form).statusCode());

    // filled in, submitted, in the centre's queue, approved; the person follows it and is told
    person.expect(
        200, "PUT", "/filings/" + id + "/materials/licenceCopy", Api.file("id.pdf", Api.PDF));
    person.expect(200, "PUT", "/filings/" + id + "/form", form);
    person.expect(200, "POST", "/filings/" + id + "/submit", null);
    var queue = centre.call("GET", "/review/filings?type=" + account, null);
    assertEquals(200, queue.statusCode(), queue.body());
    assertTrue(queue.body().contains("\"id\":" + id), queue.body());
    centre.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    JsonObject approved =
        centre.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", Api.status(approved));
    var mine = person.call("GET", "/filings", null);
    assertEquals(200, mine.statusCode(), mine.body());
    assertTrue(mine.body().contains("\"id\":" + id), mine.body());
    assertTrue(!stranger.call("GET", "/filings", null).body().contains("\"id\":" + id));
    String number = approved.getJsonObject("filing").getString("number");
    var told = Http.get(base, "/it/messages?login=" + Portal.enc(person.login()));
    assertTrue(told.body().contains(number), told.body());

    // a legal-person account files its own as well, beside its enterprise's filings
    long own = Api.id(ent.expect(201, "POST", "/filings", "{\"type\":\"" + account + "\"}"));
    long firms = Api.id(ent.expect(201, "POST", "/filings", "{\"type\":\"" + TYPE + "\"}"));
    var both = ent.call("GET", "/filings", null).body();
    assertTrue(both.contains("\"id\":" + own) && both.contains("\"id\":" + firms), both);
  }

  private static JsonArray rows(JsonObject detail) {
    for (JsonValue f : detail.getJsonArray("fields")) {
      if ("branches".equals(f.asJsonObject().getString("name"))) {
        return f.asJsonObject().getJsonArray("rows");
      }
    }
    throw new AssertionError("no branches in " + detail);
  }

  private byte[] download(Api who, String path) throws Exception {
    var req =
        HttpRequest.newBuilder(Http.uri(base, "/api/v1" + path))
            .header("Authorization", "Bearer " + who.token())
            .header("Accept", "*/*")
            .GET()
            .build();
    var r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(
        200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    return r.body();
  }

  private static String text(byte[] pdf) throws java.io.IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
