package cn.autogov.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Portal;
import cn.autogov.testing.Portal.Account;
import cn.autogov.testing.Served;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data scope by guessing ids: an enterprise sees only itself, an agent only the enterprise it is
 * authorised for, a regional authority only its division; uploads only their owner and the
 * reviewers. Cross-site form posts are refused.
 */
@Tag("served")
@ExtendWith(Served.class)
class DataScopeIT {

  @Served.Base URL base;

  @Test
  void shouldKeepEachEnterpriseAndRegionToItsOwnData() {
    Account beijing = Portal.create(base, "ENTERPRISE", "110108", null);
    Account fujian = Portal.create(base, "ENTERPRISE", "350102", null);
    String a = Portal.token(base, beijing.login(), Portal.PASSWORD);
    String b = Portal.token(base, fujian.login(), Portal.PASSWORD);

    assertEquals(200, get(a, "/api/v1/enterprises/" + beijing.enterpriseId()).statusCode());
    var guessed = get(a, "/api/v1/enterprises/" + fujian.enterpriseId());
    assertEquals(404, guessed.statusCode());
    assertTrue(guessed.body().contains("记录不存在或无权查看"), guessed.body());

    // a Beijing commerce authority sees Beijing's enterprises, not Fujian's
    String commerce = token(Portal.create(base, "COMMERCE_AUTHORITY", "110000", null));
    assertEquals(200, get(commerce, "/api/v1/enterprises/" + beijing.enterpriseId()).statusCode());
    assertEquals(404, get(commerce, "/api/v1/enterprises/" + fujian.enterpriseId()).statusCode());
    String directory = get(commerce, "/api/v1/enterprises").body();
    assertTrue(directory.contains(beijing.login()), directory);
    assertFalse(directory.contains(fujian.login()), directory);
    // a county-level authority elsewhere in Beijing does not see Haidian (110108)
    String chaoyang = token(Portal.create(base, "ISSUING_AUTHORITY", "110105", null));
    assertEquals(404, get(chaoyang, "/api/v1/enterprises/" + beijing.enterpriseId()).statusCode());
    // national staff see both
    String centre = token(Portal.create(base, "CERTIFICATION_CENTRE"));
    assertEquals(200, get(centre, "/api/v1/enterprises/" + fujian.enterpriseId()).statusCode());

    // an agent of Beijing's enterprise: acts for it, cannot switch to Fujian's by guessing
    Account agent = Portal.create(base, "AGENT", null, beijing.enterpriseId());
    String g = token(agent);
    assertEquals(200, get(g, "/api/v1/enterprise").statusCode());
    var switched =
        Portal.api(
            base,
            "PUT",
            "/api/v1/me/acting-enterprise",
            g,
            "{\"enterpriseId\":" + fujian.enterpriseId() + "}");
    assertEquals(404, switched.statusCode());
    assertTrue(get(g, "/api/v1/enterprise").body().contains(beijing.login()));

    // Fujian's legal person cannot revoke Beijing's agents
    String agents = get(a, "/api/v1/enterprise/agents").body();
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(agents);
    assertTrue(id.find(), agents);
    var foreign =
        Portal.api(base, "POST", "/api/v1/enterprise/agents/" + id.group(1) + "/revoke", b, "{}");
    assertEquals(404, foreign.statusCode());
    assertTrue(get(g, "/api/v1/enterprise").body().contains(beijing.login()), "still authorised");
    // revoking it themselves ends the agent's access at its next request
    var revoked =
        Portal.api(base, "POST", "/api/v1/enterprise/agents/" + id.group(1) + "/revoke", a, "{}");
    assertEquals(204, revoked.statusCode(), revoked.body());
    var after = get(g, "/api/v1/enterprise");
    assertEquals(409, after.statusCode(), after.body());
  }

  @Test
  void shouldServeAnUploadedScanOnlyToItsOwnerAndTheReviewers() throws Exception {
    Account owner = Portal.create(base, "REGISTERED");
    String t = token(owner);
    String pdf =
        Base64.getEncoder()
            .encodeToString(
                Files.readAllBytes(Path.of("../ejb/src/test/resources/vectors/files/minimal.pdf")));
    // a natural person's real-name verification on the engine, its ID scan attached
    var started =
        Portal.api(base, "POST", "/api/v1/filings", t, "{\"type\":\"real-name-natural-person\"}");
    assertEquals(201, started.statusCode(), started.body());
    Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
    assertTrue(m.find());
    String path = "/api/v1/filings/" + m.group(1) + "/materials/idScan";
    var attached =
        Portal.api(base, "PUT", path, t, "{\"fileName\":\"id.pdf\",\"base64\":\"" + pdf + "\"}");
    assertEquals(200, attached.statusCode(), attached.body());
    String filing = "/api/v1/filings/" + m.group(1);
    var filled =
        Portal.api(
            base,
            "PUT",
            filing + "/form",
            t,
            "{\"values\":{\"name\":\"王五\",\"idType\":\"RESIDENT_ID\","
                + "\"idNumber\":\"11010519491231002X\",\"validFrom\":\"2020-01-01\","
                + "\"address\":\"北京市\"},\"complete\":true}");
    assertEquals(200, filled.statusCode(), filled.body());
    var submitted = Portal.api(base, "POST", filing + "/submit", t, null);
    assertEquals(200, submitted.statusCode(), submitted.body()); // drafts are their editors' alone

    var own = get(t, path);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().startsWith("%PDF"), "the scan itself");
    assertEquals(200, get(token(Portal.create(base, "ADMIN")), path).statusCode());
    // someone else's scan: answered as a missing one (404), and the attempt is in the audit trail
    assertEquals(404, get(token(Portal.create(base, "REGISTERED")), path).statusCode());
    // a reviewer of another business: as a missing one too
    assertEquals(
        404,
        get(token(Portal.create(base, "COMMERCE_AUTHORITY", "110000", null)), path).statusCode());

    // the portal's download: the owner, not another signed-in user; nobody goes to the login page
    String portalPath = "/files/filing/" + m.group(1) + "/idScan";
    assertEquals(
        200,
        new Portal.Session(base)
            .signIn(owner.login(), Portal.PASSWORD)
            .get(portalPath)
            .statusCode());
    Account other = Portal.create(base, "ENTERPRISE", "110108", null);
    assertEquals(
        404,
        new Portal.Session(base)
            .signIn(other.login(), Portal.PASSWORD)
            .get(portalPath)
            .statusCode());
    assertEquals(302, new Portal.Session(base).get(portalPath).statusCode());
  }

  @Test
  void shouldRefuseAFormPostFromAnotherSiteAndOneWithoutItsViewState() {
    Account e = Portal.create(base, "ENTERPRISE", "110108", null);
    var session = new Portal.Session(base).signIn(e.login(), Portal.PASSWORD);
    String page = session.get("/app/enterprise/index.xhtml").body();
    Map<String, String> form =
        Map.of("enterprise", "enterprise", "enterprise:address", "攻击者写入的地址", "enterprise:save", "");

    var crossSite =
        session.postRaw(
            "/app/enterprise/index.xhtml", withViewState(form, page), "https://evil.example");
    assertEquals(403, crossSite.statusCode());
    var noViewState = session.postRaw("/app/enterprise/index.xhtml", form, session.origin());
    assertFalse(noViewState.body().contains("已保存"), "no view state, no change");

    String address = get(token(e), "/api/v1/enterprise").body();
    assertFalse(address.contains("攻击者写入的地址"), address);
    var sameSite = session.post("/app/enterprise/index.xhtml", page, form);
    assertTrue(sameSite.body().contains("已保存"), "the portal's own form works");
  }

  private static Map<String, String> withViewState(Map<String, String> form, String page) {
    return Portal.Session.withPageState(page, form);
  }

  private String token(Account a) {
    return Portal.token(base, a.login(), Portal.PASSWORD);
  }

  private java.net.http.HttpResponse<String> get(String token, String path) {
    return Portal.api(base, "GET", path, token, null);
  }
}
