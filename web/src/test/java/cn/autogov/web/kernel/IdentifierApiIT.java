package cn.autogov.web.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.identifier.Vectors;
import cn.autogov.testing.Http;
import cn.autogov.testing.Served;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every shared vector through GET /api/v1/identifiers/{kind}/{value}, as a partner front end calls
 * it.
 */
@Tag("served")
@ExtendWith(Served.class)
class IdentifierApiIT {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Served.Base URL base;

  private JsonObject check(String kind, String value, String query, String language) {
    var res = get(kind, value, query, language);
    assertEquals(200, res.statusCode(), res.body());
    return Json.createReader(new StringReader(res.body())).readObject();
  }

  private HttpResponse<String> get(String kind, String value, String query, String language) {
    String path =
        "/api/v1/identifiers/"
            + kind
            + "/"
            + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
            + query;
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(Http.uri(base, path)).header("Accept-Language", language).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldJudgeEveryStrictVectorAsTheSharedFilesSay() {
    List<String> wrong = new ArrayList<>();
    int rows = 0;
    for (var file : Vectors.IDENTIFIER_FILES.entrySet()) {
      for (String[] row : Vectors.rows(file.getKey())) {
        rows++;
        JsonObject verdict = check(file.getValue().slug(), row[1], "?strict=true", "zh-CN");
        boolean valid = "VALID".equals(verdict.getString("outcome"));
        if (valid != Boolean.parseBoolean(row[2])
            || !valid && verdict.getJsonArray("messages").isEmpty()) {
          wrong.add(file.getValue().slug() + " " + row[1] + " -> " + verdict);
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(rows > 170, "only " + rows + " vectors read");
  }

  @Test
  void shouldNormaliseTypedInputAsTheSharedFileSays() {
    var kinds = Map.of("uscc", "uscc", "cn_id", "citizen-id", "vin", "vin", "plate", "plate");
    for (String[] row : Vectors.rows("normalisation.csv")) {
      JsonObject verdict = check(kinds.get(row[0]), row[1], "", "zh-CN");
      assertEquals(row[2], verdict.getString("normalised"), row[1]);
      assertEquals(
          Boolean.parseBoolean(row[3]), "VALID".equals(verdict.getString("outcome")), row[1]);
    }
  }

  @Test
  void shouldAnswerInTheLanguageAskedFor() {
    JsonObject zh = check("uscc", "1111111111AAAAAAAA", "", "zh-CN,zh;q=0.9");
    assertEquals("INVALID", zh.getString("outcome"));
    assertTrue(zh.getJsonArray("messages").toString().contains("统一社会信用代码第18位校验码错误"), zh.toString());
    JsonObject en = check("uscc", "1111111111AAAAAAAA", "", "en-US,en;q=0.9");
    assertTrue(
        en.getJsonArray("messages").toString().contains("check character (position 18) is wrong"),
        en.toString());
    assertEquals("REVIEW", check("uscc", "91350100M0001TGQXM", "", "zh").getString("outcome"));
  }

  @Test
  void shouldRefuseAnUnknownKindAndListTheKnownOnes() {
    var res = get("passport", "E12345678", "", "zh-CN");
    assertEquals(404, res.statusCode());
    assertTrue(res.body().contains("uscc"), res.body());
  }

  @Test
  void shouldServeAddressPickersAndCodeListsFromTheReferenceData() {
    var provinces = Http.get(base, "/api/v1/regions");
    assertEquals(200, provinces.statusCode());
    assertEquals(34, Json.createReader(new StringReader(provinces.body())).readArray().size());
    var beijing = Http.get(base, "/api/v1/regions?parent=110100").body();
    assertTrue(beijing.contains("东城区"), beijing);
    var natures = Http.get(base, "/api/v1/reference-codes/use_nature").body();
    assertTrue(natures.contains("非营运"), natures);
  }

  @Test
  void shouldJudgeEverySharedFileThroughTheUploadCheck() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String[] row : Vectors.rows("files_manifest.csv")) {
      // the one documented deviation: a header-only OLE2 file cannot show a WordDocument stream
      // (UploadVectorsTest)
      boolean expected = Boolean.parseBoolean(row[2]) && !row[1].endsWith("ole2_header_only.doc");
      byte[] content;
      try (var in = IdentifierApiIT.class.getResourceAsStream("/vectors/" + row[1])) {
        content = in.readAllBytes();
      }
      String name = row[1].substring(row[1].lastIndexOf('/') + 1);
      var res =
          CLIENT.send(
              HttpRequest.newBuilder(
                      Http.uri(base, "/api/v1/uploads/" + row[0] + "/check?code=ABCD&name=" + name))
                  .header("Content-Type", "application/octet-stream")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonObject verdict = Json.createReader(new StringReader(res.body())).readObject();
      if (verdict.getBoolean("accepted") != expected) {
        wrong.add(row[0] + " " + row[1] + " -> " + verdict);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void shouldStateTheUploadLimitInKib() throws Exception {
    byte[] big = new byte[301 * 1024];
    var res =
        CLIENT.send(
            HttpRequest.newBuilder(Http.uri(base, "/api/v1/uploads/licence_image/check?name=a.png"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertTrue(res.body().contains("证照影像大小为301KB，不得超过300KB"), res.body());
  }

  @Test
  void shouldBeDocumentedInOpenApi() {
    assertTrue(Http.get(base, "/openapi").body().contains("/api/v1/identifiers/{kind}/{value}"));
  }
}
