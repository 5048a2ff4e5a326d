package cn.autogov.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Http;
import cn.autogov.testing.Served;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box checks of the packaged Micro WAR over real HTTP and SOAP: what an admin and a partner
 * see.
 */
@Tag("served")
@ExtendWith(Served.class)
class PlatformIT {

  @Served.Base URL base;

  @Test
  void shouldBeReadyWithTheDatabaseCheckUp() {
    var res = Http.get(base, "/health/ready");
    assertEquals(200, res.statusCode(), res.body());
    JsonObject health = Json.createReader(new StringReader(res.body())).readObject();
    assertEquals("UP", health.getString("status"));
    JsonObject db = health.getJsonArray("checks").getJsonObject(0);
    assertEquals("database", db.getString("name"));
    assertEquals("UP", db.getString("status"));
  }

  @Test
  void shouldShowTheLandingPageInChineseFirstAndEnglishOnRequest() {
    var zh = Http.get(base, "/");
    assertEquals(200, zh.statusCode());
    assertTrue(zh.body().contains("机动车企业政务服务平台"), zh.body());
    assertTrue(zh.body().contains("lang=\"zh-CN\""));
    var en = Http.get(base, "/index.xhtml?lang=en");
    assertTrue(en.body().contains("Vehicle Enterprise Government Services Platform"), en.body());
  }

  @Test
  void shouldTagEveryResponseWithARequestIdAndKeepAWellFormedIncomingOne() {
    var res = Http.get(base, "/");
    assertTrue(res.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"));

    var kept =
        Http.send(
            java.net.http.HttpRequest.newBuilder(Http.uri(base, "/"))
                .header("X-Request-Id", "lb-0123456789abcdef")
                .build());
    assertEquals("lb-0123456789abcdef", kept.headers().firstValue("X-Request-Id").orElse(""));
    var forged =
        Http.send(
            java.net.http.HttpRequest.newBuilder(Http.uri(base, "/"))
                .header("X-Request-Id", "x<script>")
                .build());
    assertTrue(forged.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"));
  }

  @Test
  void shouldSendTheSecurityHeadersOnPagesApisAndHttps() throws Exception {
    var page = Http.get(base, "/login.xhtml");
    var policies = page.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("script-src") && p.contains("'nonce-")),
        "PrimeFaces' script policy with a nonce: " + policies);
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'self'")), policies.toString());
    assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .allMatch(c -> c.toLowerCase().contains("samesite=lax") && c.contains("HttpOnly")),
        page.headers().allValues("Set-Cookie").toString());
    var api = Http.get(base, "/api/v1/regions?parent=110000");
    assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(""));
    var centre = cn.autogov.testing.Portal.create(base, "CERTIFICATION_CENTRE");
    var session =
        new cn.autogov.testing.Portal.Session(base)
            .signIn(centre.login(), cn.autogov.testing.Portal.PASSWORD);
    var home = session.get("/app/home.xhtml");
    assertEquals(
        "no-store", home.headers().firstValue("Cache-Control").orElse(""), "a signed-in page");
  }

  @Test
  void shouldSendAnonymousVisitorsOfSignedInPagesToTheLoginPage() {
    var res = Http.get(base, "/app/home.xhtml");
    assertEquals(302, res.statusCode());
    assertTrue(res.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
  }

  @Test
  void shouldIssueANewSessionIdAtLoginSoAPlantedOneIsWorthNothing() {
    var centre = cn.autogov.testing.Portal.create(base, "CERTIFICATION_CENTRE");
    var session = new cn.autogov.testing.Portal.Session(base);
    assertEquals(200, session.get("/login.xhtml").statusCode());
    String before = session.cookie("JSESSIONID");
    session.signIn(centre.login(), cn.autogov.testing.Portal.PASSWORD);
    String after = session.cookie("JSESSIONID");
    assertTrue(before != null && after != null && !before.equals(after), before + " -> " + after);

    var home = session.get("/app/home.xhtml");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("装备中心审核员"), home.body());
    var planted =
        Http.send(
            java.net.http.HttpRequest.newBuilder(Http.uri(base, "/app/home.xhtml"))
                .header("Cookie", "JSESSIONID=" + before)
                .build());
    assertEquals(302, planted.statusCode(), "the old session id must not be signed in");
  }

  @Test
  void shouldServeTheWsdlAndAnswerASoapCall() {
    var wsdl = Http.get(base, "/ws/PlatformService?wsdl");
    assertEquals(200, wsdl.statusCode());
    assertTrue(wsdl.body().contains("urn:autogov:platform:v1"));

    String envelope =
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            + "<p:GetPlatformInfo xmlns:p=\"urn:autogov:platform:v1\">"
            + "<p:callerSystem>customs-test</p:callerSystem></p:GetPlatformInfo></s:Body></s:Envelope>";
    var res = Http.post(base, "/ws/PlatformService", "text/xml; charset=utf-8", envelope);
    assertEquals(200, res.statusCode(), res.body());
    assertTrue(res.body().contains("<databaseReady>true</databaseReady>"), res.body());
    assertTrue(res.body().contains("<callerSystem>customs-test</callerSystem>"), res.body());
    assertTrue(res.body().contains("<contractVersion>1.0</contractVersion>"), res.body());
  }

  @Test
  void shouldAnswerTheRestTwinAndListItInOpenApi() {
    var res = Http.get(base, "/api/v1/platform");
    assertEquals(200, res.statusCode());
    JsonObject info = Json.createReader(new StringReader(res.body())).readObject();
    assertTrue(info.getBoolean("databaseReady"));
    assertEquals("demo", info.getString("mode"));
    assertTrue(Http.get(base, "/openapi").body().contains("/api/v1/platform"));
  }
}
