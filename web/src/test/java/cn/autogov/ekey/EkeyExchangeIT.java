package cn.autogov.ekey;

import static cn.autogov.filing.Api.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.filing.Exchange;
import cn.autogov.filing.Exchange.Answer;
import cn.autogov.testing.Http;
import cn.autogov.testing.Served;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-key provider's own system through the exchange (urn:autogov:ekey:v1 over SOAP with
 * WS-Security, and its REST twin): created by an administrator as a client acting for one of the
 * provider's operators; it lists what waits for the provider, reports 复核 (a stale version is a
 * conflict, a refusal needs its remark), makes the key from the token's request (a retried call
 * issues nothing twice), reports 寄出, and revokes a certificate — on the CRL at once. Each step
 * stands in the application's history under the system's id, as the enterprise reads it.
 */
@Tag("served")
@ExtendWith(Served.class)
class EkeyExchangeIT {

  private static final String NS = "urn:autogov:ekey:v1";

  @Served.Base URL base;

  @Test
  void shouldLetTheProvidersSystemRecheckMakeShipAndRevoke() throws Exception {
    Api admin = Api.of(base, "ADMIN", null);
    Api ent = Api.of(base, "ENTERPRISE", "350102");
    Api authority = Api.of(base, "ISSUING_AUTHORITY", "350100");
    Api operator = Api.of(base, "EKEY_PROVIDER", null);
    String all =
        "\"ekey.applications\",\"ekey.recheck\",\"ekey.certificate\",\"ekey.step\",\"ekey.revocation\"";

    // the provider's system acts as one of the provider's operators: named, and only such a one
    var none = admin.call("POST", "/admin/system-clients", client(all, null));
    assertEquals(400, none.statusCode(), none.body());
    assertTrue(Api.problems(none.body()).contains("actsAs: "), none.body());
    var wrong = admin.call("POST", "/admin/system-clients", client(all, ent.login()));
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertTrue(wrong.body().contains("须为已启用的电子钥匙服务商账号"), wrong.body());
    JsonObject sys =
        admin.expect(201, "POST", "/admin/system-clients", client(all, operator.login()));
    assertEquals(operator.login(), sys.getString("actsAs"));
    JsonObject reader =
        admin.expect(
            201,
            "POST",
            "/admin/system-clients",
            client("\"ekey.applications\"", operator.login()));

    // an application 核验通过 by the issuing authority waits for 复核
    String name = Tokens.userName();
    long id = id(ent.expect(201, "POST", "/filings", "{\"type\":\"ekey-first\"}"));
    Map<String, String> v = new HashMap<>();
    v.put("userName", name);
    v.put("authorisedPerson", "郑授权");
    v.put("authorisedPersonId", "11010519491231002X");
    v.put("authorisedPersonMobile", "13812345678");
    v.put("delivery", "ON_SITE");
    assertEquals(200, Tokens.fill(ent, id, v, Tokens.FIRST).statusCode());
    authority.expect(
        200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    String number =
        ent.expect(200, "GET", "/filings/" + id, null).getJsonObject("filing").getString("number");

    JsonObject listed = listed(sys, number);
    assertEquals("RECHECK", listed.getString("awaiting"));
    assertEquals("FIRST", listed.getString("flow"));
    assertEquals(name, listed.getString("userName"));
    assertEquals("郑授权", listed.getString("authorisedPerson"));
    long version = listed.getJsonNumber("version").longValue();

    // what a client may not do, and what does not fit, is refused in the contract's words
    Answer forbidden =
        rest(
            reader,
            "POST",
            "/applications/" + number + "/recheck?result=APPROVED&version=" + version,
            null,
            null);
    assertEquals(403, forbidden.status(), forbidden.body());
    assertEquals("NOT_AUTHORISED", forbidden.code());
    Answer stale =
        rest(
            sys,
            "POST",
            "/applications/" + number + "/recheck?result=APPROVED&version=" + (version - 1),
            null,
            null);
    assertEquals(409, stale.status(), stale.body());
    assertEquals("CONFLICT", stale.code());
    Answer bare =
        rest(
            sys,
            "POST",
            "/applications/" + number + "/recheck?result=REFUSED&version=" + version,
            null,
            null);
    assertEquals(400, bare.status(), bare.body());
    assertEquals("INVALID_REQUEST", bare.code());
    assertTrue(bare.body().contains("须填写意见"), bare.body());
    Answer unknown =
        rest(
            sys,
            "POST",
            "/applications/EKF-2000-000001/recheck?result=APPROVED&version=1",
            null,
            null);
    assertEquals("UNKNOWN_FILING", unknown.code(), unknown.body());

    // 复核通过 over SOAP
    Answer rechecked =
        soap(
            sys,
            null,
            "<c:ReportRecheck><c:number>"
                + number
                + "</c:number><c:version>"
                + version
                + "</c:version><c:result>APPROVED</c:result></c:ReportRecheck>");
    assertEquals(200, rechecked.status(), rechecked.body());
    assertTrue(rechecked.body().contains(">MAKE</"), rechecked.body());
    assertEquals("MAKE", listed(sys, number).getString("awaiting"));

    // 制作: a request that is not one is named; the same call retried issues nothing twice
    Answer junk =
        rest(sys, "POST", "/applications/" + number + "/certificate", "not a request", null);
    assertEquals(400, junk.status(), junk.body());
    assertTrue(junk.body().contains("PKCS#10"), junk.body());
    String csr = Tokens.request();
    String key = UUID.randomUUID().toString();
    Answer made = rest(sys, "POST", "/applications/" + number + "/certificate", csr, key);
    assertEquals(200, made.status(), made.body());
    JsonObject issued = Json.createReader(new StringReader(made.body())).readObject();
    String serial = issued.getString("serial");
    assertTrue(issued.getString("certificate").startsWith("-----BEGIN CERTIFICATE-----"));
    assertEquals(2, issued.getJsonArray("chain").size());
    Answer again = rest(sys, "POST", "/applications/" + number + "/certificate", csr, key);
    assertEquals(made.body(), again.body(), "the first answer, again");
    Answer other =
        rest(sys, "POST", "/applications/" + number + "/certificate", Tokens.request(), key);
    assertEquals("IDEMPOTENCY_MISMATCH", other.code(), other.body());
    String keys = ent.call("GET", "/ekey/keys", null).body();
    assertTrue(keys.contains(serial) && keys.contains(name), keys);

    // 寄出 over SOAP with the tracking number; then it waits for the issuing authority
    Answer shipped =
        soap(
            sys,
            UUID.randomUUID().toString(),
            "<c:ReportStep><c:number>"
                + number
                + "</c:number><c:step>SHIPPED</c:step><c:trackingNumber>EMS1234567890</c:trackingNumber></c:ReportStep>");
    assertEquals(200, shipped.status(), shipped.body());
    assertTrue(!shipped.body().contains("awaiting>"), shipped.body());
    Answer twice =
        rest(
            sys,
            "POST",
            "/applications/" + number + "/steps?step=SHIPPED&trackingNumber=EMS1",
            null,
            null);
    assertEquals("CONFLICT", twice.code(), twice.body());
    // the enterprise reads each step under the system's id
    String history =
        ent.expect(200, "GET", "/filings/" + id, null).getJsonArray("history").toString();
    assertTrue(
        history.contains(sys.getString("clientId"))
            && history.contains(serial)
            && history.contains("EMS1234567890"),
        history);
    assertEquals(
        200,
        authority
            .call(
                "POST",
                "/review/filings/" + id + "/fulfilment",
                Api.step("awaitingCollection", null))
            .statusCode());

    // a token lost: the certificate revoked at once, on the CRL; revoking again changes nothing
    Answer revoked =
        soap(
            sys,
            null,
            "<c:RevokeCertificate><c:serial>"
                + serial
                + "</c:serial><c:reason>KEY_COMPROMISE</c:reason></c:RevokeCertificate>");
    assertEquals(200, revoked.status(), revoked.body());
    assertTrue(revoked.body().contains(">true</") && revoked.body().contains(name), revoked.body());
    X509CRL crl = crl();
    assertNotNull(crl.getRevokedCertificate(new BigInteger(serial, 16)), "on the CRL");
    Answer repeated =
        rest(sys, "POST", "/certificates/" + serial + "/revocation?reason=SUPERSEDED", null, null);
    assertEquals(200, repeated.status(), repeated.body());
    assertTrue(
        repeated.body().contains("KEY_COMPROMISE"), "the first reason stands: " + repeated.body());
    Answer noSuch =
        rest(sys, "POST", "/certificates/ABCDEF/revocation?reason=KEY_COMPROMISE", null, null);
    assertEquals(404, noSuch.status(), noSuch.body());
    Answer badReason =
        rest(sys, "POST", "/certificates/" + serial + "/revocation?reason=LOST", null, null);
    assertEquals("INVALID_REQUEST", badReason.code(), badReason.body());
  }

  private static String client(String rights, String actsAs) {
    return "{\"clientId\":\"ekey-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "\",\"name\":\"电子钥匙服务商系统\",\"kind\":\"EKEY_PROVIDER\",\"rights\":["
        + rights
        + "]"
        + (actsAs == null ? "" : ",\"actsAs\":\"" + actsAs + "\"")
        + "}";
  }

  /** The application of that number as ListAwaitingApplications (REST) lists it. */
  private static JsonObject listed(JsonObject client, String number) {
    String after =
        number.substring(0, number.length() - 1) + (char) (number.charAt(number.length() - 1) - 1);
    Answer page =
        rest(
            client,
            "GET",
            "/applications?pageSize=200&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8),
            null,
            null);
    assertEquals(200, page.status(), page.body());
    return Json.createReader(new StringReader(page.body()))
        .readObject()
        .getJsonArray("applications")
        .stream()
        .map(a -> a.asJsonObject())
        .filter(a -> a.getString("number").equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError(number + " not listed: " + page.body()));
  }

  private static Answer rest(
      JsonObject client, String method, String path, String body, String key) {
    return Exchange.send(
        Exchange.https("/api/v1/exchange/ekey" + path),
        method,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Exchange.basic(client.getString("clientId"), client.getString("secret")),
        key);
  }

  private static Answer soap(JsonObject client, String messageId, String payload) {
    return Exchange.post(
        Exchange.https("/ws/EkeyService"),
        Exchange.envelope(
            NS, client.getString("clientId"), client.getString("secret"), messageId, payload));
  }

  private X509CRL crl() throws Exception {
    var r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(Http.uri(base, "/api/v1/pki/ekey.crl")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    return (X509CRL)
        CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(r.body()));
  }
}
