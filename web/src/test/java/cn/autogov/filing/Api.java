package cn.autogov.filing;

import cn.autogov.testing.Portal;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** One signed-in API caller of the filing tests: requests, JSON answers, files in base64. */
public record Api(URL base, String login, String token, Long enterpriseId) {

  public static final String PDF =
      "JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCAyMDAgMjAwXSA+PgplbmRvYmoKeHJlZgowIDQKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDE1IDAwMDAwIG4gCjAwMDAwMDAwNjQgMDAwMDAgbiAKMDAwMDAwMDEyMSAwMDAwMCBuIAp0cmFpbGVyCjw8IC9TaXplIDQgL1Jvb3QgMSAwIFIgPj4Kc3RhcnR4cmVmCjE5MgolJUVPRgo=";
  public static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAA2UlEQVR4Xu3Puw3FMAxD0UyS/UfRWK9IRyLRx7IF+wk4DdndS+57axdfe+mAah1QrQOq/X0AHV9wZ4gH0GGFe0wkgI4I3FG+ADpG4fZzBNCRA7eTNYCOTLg9TAF05MNtpgfQMQtuGyWAjrlwGxwdQMcKuDUdkA235twAOhbBrXkNkKIG3JoOyIZbc3SALG/AbXB6gCxswG2jB8iSBtxmpgCZ3IDbwxog0xpwOzkCZEIDbj9fwIOOCNxRkYAHHVa4x8QDHnR8wZ1hNKBcB1TrgGodUK0Dqm0f8AO9rDC1xBWv1gAAAABJRU5ErkJggg==";

  /** A fresh account of the role (regional staff in {@code region}) with its API token. */
  public static Api of(URL base, String role, String region) {
    var a = Portal.create(base, role, region, null);
    return new Api(
        base, a.login(), Portal.token(base, a.login(), Portal.PASSWORD), a.enterpriseId());
  }

  /**
   * A call of the API. A reviewer's decision without a {@code version} is made on the version the
   * reviewer reads at that moment, as the portal page does (the API requires one).
   */
  public HttpResponse<String> call(String method, String path, String body) {
    if ("POST".equals(method)
        && path.endsWith("/decisions")
        && body != null
        && !body.contains("\"version\"")) {
      var seen =
          Portal.api(
              base,
              "GET",
              "/api/v1" + path.replace("/review/filings/", "/filings/").replace("/decisions", ""),
              token,
              null);
      if (seen.statusCode() == 200) {
        long version =
            json(seen.body()).getJsonObject("filing").getJsonNumber("version").longValue();
        body = body.substring(0, body.lastIndexOf('}')) + ",\"version\":" + version + "}";
      }
    }
    return Portal.api(base, method, "/api/v1" + path, token, body);
  }

  /** The body of a fulfilment step (办理) with its datum (a tracking number), or none. */
  public static String step(String code, String datum) {
    return "{\"step\":\""
        + code
        + "\""
        + (datum == null ? "" : ",\"datum\":\"" + datum + "\"")
        + "}";
  }

  /** The JSON answer of a call that must answer {@code status}. */
  public JsonObject expect(int status, String method, String path, String body) {
    var r = call(method, path, body);
    if (r.statusCode() != status) {
      throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return r.body().isBlank() || !r.body().startsWith("{") ? null : json(r.body());
  }

  public static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  public static String file(String name, String base64) {
    return "{\"fileName\":\"" + name + "\",\"base64\":\"" + base64 + "\"}";
  }

  /** A form body: {"values": {...}, "complete": c}. */
  public static String form(Map<String, String> values, boolean complete) {
    var v = Json.createObjectBuilder();
    values.forEach(v::add);
    return Json.createObjectBuilder().add("values", v).add("complete", complete).build().toString();
  }

  /** The fields of a filing detail as name → value (tables left out). */
  public static Map<String, String> values(JsonObject detail) {
    Map<String, String> m = new LinkedHashMap<>();
    for (JsonValue f : detail.getJsonArray("fields")) {
      JsonObject o = f.asJsonObject();
      if (!o.containsKey("value")) {
        continue; // a table: its rows
      }
      m.put(o.getString("name"), o.isNull("value") ? null : o.getString("value"));
    }
    return m;
  }

  public static String status(JsonObject detail) {
    return detail.getJsonObject("filing").getString("status");
  }

  public static long id(JsonObject detail) {
    return detail.getJsonObject("filing").getJsonNumber("id").longValue();
  }

  /** The fields of the problems of a 400 answer, with their messages. */
  public static String problems(String body) {
    JsonArray p = json(body).getJsonArray("problems");
    var s = new StringBuilder();
    p.forEach(
        x ->
            s.append(x.asJsonObject().getString("field"))
                .append(": ")
                .append(x.asJsonObject().getString("message"))
                .append('\n'));
    return s.toString();
  }
}
