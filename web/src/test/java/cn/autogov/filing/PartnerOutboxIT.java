package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.MicroDeployment;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AutoGov calling partner systems (#7) against a stub partner endpoint: a decided export filing is
 * pushed to customs' callback, signed by the platform; a refusal is retried with the same
 * idempotency key; a partner that never answers ends as a dead letter, which an administrator sends
 * again once its callback is fixed.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class PartnerOutboxIT {

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(PartnerOutboxIT.class)
        .addClasses(Exchange.class, Exchange.Answer.class);
  }

  @ArquillianResource URL base;

  /** What the stub partner received. */
  record Received(Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }
  }

  @Test
  void shouldPushDecisionsToPartnersRetryAndKeepDeadLettersForResending() throws Exception {
    var received = new CopyOnWriteArrayList<Received>();
    var refuseFirst = new AtomicInteger(1);
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext(
        "/autogov-events",
        x -> {
          received.add(
              new Received(
                  Map.copyOf(x.getRequestHeaders()),
                  new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          int status = refuseFirst.getAndDecrement() > 0 ? 503 : 204;
          x.sendResponseHeaders(status, -1);
          x.close();
        });
    stub.start();
    try {
      String url = "http://127.0.0.1:" + stub.getAddress().getPort() + "/autogov-events";
      Api admin = Api.of(base, "ADMIN", null);
      long good = customsClient(admin, url);
      long broken = customsClient(admin, "http://127.0.0.1:9/closed"); // discard port: refused

      Api ent = Api.of(base, "ENTERPRISE", "110108");
      Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
      long id =
          Flows.exportApproved(
              base, ent, commerce, null, String.format("110193%04d", System.nanoTime() % 10_000));
      String number =
          ent.expect(200, "GET", "/filings/" + id, null)
              .getJsonObject("filing")
              .getString("number");

      // refused once (503), delivered on the retry with the same key and a valid platform signature
      await(() -> received.size() >= 2, 60);
      Received first = received.get(0);
      Received second = received.get(1);
      assertEquals(first.header("Idempotency-Key"), second.header("Idempotency-Key"));
      assertEquals(first.body(), second.body());
      JsonObject event = Api.json(second.body());
      assertEquals("customs.export-filing-changed", event.getString("event"));
      assertEquals(number, event.getJsonObject("filing").getString("filingNumber"));
      assertEquals("APPROVED", event.getJsonObject("filing").getString("status"));
      assertTrue(signedByPlatform(second), "X-AutoGov-Signature verifies with the published key");

      // the other partner never answers: after its last attempt, a dead letter
      String brokenId = clientIdOf(admin, broken);
      await(() -> dead(admin).stream().anyMatch(d -> d.getString("address").equals(brokenId)), 90);
      JsonObject deadOne = null;
      for (var v : dead(admin)) {
        if (v.getString("address").equals(clientIdOf(admin, broken))) {
          deadOne = v;
        }
      }
      assertEquals("DEAD", deadOne.getString("status"));
      assertEquals(3, deadOne.getInt("attempts"));
      assertTrue(deadOne.getString("text").contains(number));

      // fixed: the callback now points at the stub, the administrator resends, it arrives
      admin.expect(
          200,
          "PUT",
          "/admin/system-clients/" + broken + "/callback",
          "{\"callbackUrl\":\"" + url + "\"}");
      int before = received.size();
      admin.expect(
          200,
          "POST",
          "/admin/outbox/" + deadOne.getJsonNumber("id").longValue() + "/resend",
          null);
      await(() -> received.size() > before, 30);
      assertTrue(received.get(received.size() - 1).body().contains(number));
      assertEquals(
          0, dead(admin).stream().filter(d -> d.getString("address").equals(brokenId)).count());

      // every attempt is in the message log as an outbound call
      var log =
          admin.expect(
              200,
              "GET",
              "/admin/exchange-messages?client=" + clientIdOf(admin, broken) + "&size=50",
              null);
      assertEquals(4, log.getInt("total"), log.toString());
      assertEquals("OK", log.getJsonArray("rows").getJsonObject(0).getString("outcome"));
      assertEquals("OUTBOUND", log.getJsonArray("rows").getJsonObject(0).getString("channel"));
    } finally {
      stub.stop(0);
    }
  }

  private final Map<Long, String> ids = new java.util.concurrent.ConcurrentHashMap<>();

  private long customsClient(Api admin, String callback) {
    JsonObject c = Exchange.newClient(admin, "CUSTOMS_CHANGES");
    long id = c.getJsonNumber("id").longValue();
    ids.put(id, c.getString("clientId"));
    admin.expect(
        200,
        "PUT",
        "/admin/system-clients/" + id + "/callback",
        "{\"callbackUrl\":\"" + callback + "\"}");
    return id;
  }

  private String clientIdOf(Api admin, long id) {
    return ids.get(id);
  }

  private static List<JsonObject> dead(Api admin) {
    String body = admin.call("GET", "/admin/outbox/dead-letters", null).body();
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray().stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  private boolean signedByPlatform(Received r) throws Exception {
    JsonObject key =
        Api.json(cn.autogov.testing.Http.get(base, "/api/v1/public/exchange-key").body());
    String[] sig = r.header("X-AutoGov-Signature").split(":", 2);
    assertEquals(key.getString("keyId"), sig[0]);
    String pem =
        key.getString("publicKey").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    var pub =
        KeyFactory.getInstance("EC")
            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    Signature s = Signature.getInstance("SHA256withECDSA");
    s.initVerify(pub);
    s.update(r.body().getBytes(StandardCharsets.UTF_8));
    return s.verify(Base64.getDecoder().decode(sig[1]));
  }

  private static void await(java.util.function.BooleanSupplier done, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + seconds + " s");
      }
      Thread.sleep(250);
    }
  }
}
