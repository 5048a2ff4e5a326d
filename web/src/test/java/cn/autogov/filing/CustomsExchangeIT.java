package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.testing.MicroDeployment;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customs service as customs uses it (#7), over real HTTPS: SOAP with WS-Security and its REST
 * twin answer alike on a real approved export filing; wrong secrets, missing rights, invalid and
 * hostile messages get their declared faults; a replayed message id gets the first answer; every
 * call is in the message log, whose proof bundle verifies offline with the JDK alone, and a call
 * whose record cannot be written is refused. AutoGov calling partner systems, against a stub
 * partner endpoint: a decided export filing is pushed to customs' callback, signed by the platform;
 * a refusal is retried with the same idempotency key; a partner that never answers ends as a dead
 * letter, which an administrator sends again once its callback is fixed.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class CustomsExchangeIT {

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(CustomsExchangeIT.class)
        .addClasses(Exchange.class, Exchange.Answer.class);
  }

  @ArquillianResource URL base;

  private static String verify(String creditCode) {
    return "<c:VerifyExportFiling><c:creditCode>"
        + creditCode
        + "</c:creditCode></c:VerifyExportFiling>";
  }

  private static String get(String number) {
    return "<c:GetExportFiling><c:filingNumber>" + number + "</c:filingNumber></c:GetExportFiling>";
  }

  /** A new CUSTOMS client with the rights; its id and secret. */
  private static String[] client(Api admin, String... rights) {
    JsonObject c = Exchange.newClient(admin, rights);
    return new String[] {c.getString("clientId"), c.getString("secret")};
  }

  @Test
  void shouldAnswerCustomsOverSoapAndRestAlike() {
    LocalDateTime before = BusinessTime.now().minusSeconds(1);
    Api admin = Api.of(base, "ADMIN", null);
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    String customs = String.format("110192%04d", System.nanoTime() % 10_000);
    long id = Flows.exportApproved(base, ent, commerce, null, customs);
    String number =
        ent.expect(200, "GET", "/filings/" + id, null).getJsonObject("filing").getString("number");
    String credit = ent.expect(200, "GET", "/enterprise", null).getString("creditCode");
    String[] c = client(admin, "CUSTOMS_VERIFY", "CUSTOMS_GET", "CUSTOMS_CHANGES");

    var soap = Exchange.soap(c[0], c[1], null, verify(credit));
    assertEquals(200, soap.status(), soap.body());
    assertTrue(
        soap.body().contains("<valid>true</valid>") || soap.body().contains(":valid>true<"),
        soap.body());
    assertTrue(soap.body().contains(number), soap.body());
    assertTrue(soap.body().contains(customs), soap.body());
    var rest =
        Exchange.rest(c[0], c[1], "/export-filing-verifications?customsCode=" + customs, null);
    assertEquals(200, rest.status(), rest.body());
    JsonObject r = Api.json(rest.body());
    assertTrue(r.getBoolean("valid"));
    assertEquals(number, r.getJsonObject("filing").getString("filingNumber"));
    assertEquals("APPROVED", r.getJsonObject("filing").getString("status"));

    var one = Exchange.soap(c[0], c[1], null, get(number));
    assertEquals(200, one.status(), one.body());
    assertTrue(one.body().contains("APPROVED"), one.body());
    assertEquals(
        credit,
        Api.json(Exchange.rest(c[0], c[1], "/export-filings/" + number, null).body())
            .getString("creditCode"));

    var changes =
        Exchange.soap(
            c[0],
            c[1],
            null,
            "<c:ListChangedExportFilings><c:since>"
                + before
                + "</c:since><c:pageSize>500</c:pageSize></c:ListChangedExportFilings>");
    assertEquals(200, changes.status(), changes.body());
    assertTrue(changes.body().contains(number), changes.body());
    var restChanges = Exchange.rest(c[0], c[1], "/export-filing-changes?since=" + before, null);
    assertTrue(restChanges.body().contains(number), restChanges.body());

    // an unknown filing: the declared fault, in Chinese and English, over both
    var unknown = Exchange.soap(c[0], c[1], null, get("EX-1999-000001"));
    assertEquals(500, unknown.status());
    assertEquals("UNKNOWN_FILING", unknown.code());
    assertTrue(
        unknown.body().contains("未找到该编号") && unknown.body().contains("No decided"), unknown.body());
    var restUnknown = Exchange.rest(c[0], c[1], "/export-filings/EX-1999-000001", null);
    assertEquals(404, restUnknown.status());
    assertEquals("UNKNOWN_FILING", restUnknown.code());

    // each call is in the message log, with the client and operation, the password blanked
    var log =
        admin.expect(200, "GET", "/admin/exchange-messages?client=" + c[0] + "&size=50", null);
    assertEquals(8, log.getInt("total"));
    long first = log.getJsonArray("rows").getJsonObject(7).getJsonNumber("seq").longValue();
    var logged = admin.expect(200, "GET", "/admin/exchange-messages/" + first, null);
    assertEquals("customs.verify", logged.getString("operation"));
    assertEquals("SOAP", logged.getString("channel"));
    assertTrue(logged.getString("request").contains("***"), logged.getString("request"));
    assertFalse(logged.getString("request").contains(c[1]), "the secret is not logged");
    assertTrue(logged.getString("response").contains(number));
  }

  @Test
  void shouldRefuseWithDeclaredFaults() {
    Api admin = Api.of(base, "ADMIN", null);
    String[] c = client(admin, "CUSTOMS_VERIFY");
    String credit = "91350100M000100Y43";
    // wrong secret, unknown client, no security header, plain HTTP: not authenticated, no stack
    // trace
    for (var a :
        List.of(
            Exchange.soap(c[0], "0".repeat(64), null, verify(credit)),
            Exchange.soap("nobody-here", c[1], null, verify(credit)),
            Exchange.soap(null, null, null, verify(credit)),
            Exchange.post(
                base.toString().replaceAll("/$", "") + "/ws/CustomsService",
                Exchange.envelope(c[0], c[1], null, verify(credit))))) {
      assertEquals(500, a.status(), a.body());
      assertEquals("NOT_AUTHENTICATED", a.code(), a.body());
      assertFalse(a.body().contains("Exception") || a.body().contains("at com."), a.body());
    }
    assertEquals(
        401,
        Exchange.rest(c[0], "wrong", "/export-filing-verifications?creditCode=" + credit, null)
            .status());
    // a right the client was not granted
    var noRight = Exchange.soap(c[0], c[1], null, get("EX-2026-000001"));
    assertEquals("NOT_AUTHORISED", noRight.code(), noRight.body());
    assertTrue(
        noRight.body().contains("Client</faultcode>"), "a business fault: " + noRight.body());
    assertTrue(noRight.body().contains("customs.get"), noRight.body());
    assertEquals(403, Exchange.rest(c[0], c[1], "/export-filings/EX-2026-000001", null).status());
    // against the schema: a malformed credit code, an element the contract does not have
    var invalid = Exchange.soap(c[0], c[1], null, verify("not-a-code"));
    assertEquals("INVALID_REQUEST", invalid.code(), invalid.body());
    assertTrue(invalid.body().contains("XSD"), invalid.body());
    assertTrue(
        invalid.body().contains("creditCode") && invalid.body().contains("not-a-code"),
        "names the element and its value: " + invalid.body());
    assertFalse(
        invalid.body().contains("cvc-") || invalid.body().contains("Exception"),
        "no parser internals: " + invalid.body());
    assertTrue(invalid.body().contains("Client</faultcode>"), "the caller's to mend");
    var unknownElement =
        Exchange.soap(
            c[0], c[1], null, "<c:VerifyExportFiling><c:vin>X</c:vin></c:VerifyExportFiling>");
    assertEquals("INVALID_REQUEST", unknownElement.code(), unknownElement.body());
    // XXE, billion laughs and an oversized message: refused before any parser expands anything
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + Exchange.envelope(c[0], c[1], null, get("&x;"));
    var xxeAnswer = Exchange.post(Exchange.https("/ws/CustomsService"), xxe);
    assertEquals("INVALID_REQUEST", xxeAnswer.code());
    assertFalse(xxeAnswer.body().contains("root:"), "no file content comes back");
    var lol = new StringBuilder("<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      lol.append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    long start = System.nanoTime();
    var laughs =
        Exchange.post(
            Exchange.https("/ws/CustomsService"),
            "<?xml version=\"1.0\"?><!DOCTYPE d ["
                + lol
                + "]>"
                + Exchange.envelope(c[0], c[1], null, get("&l9;")));
    assertEquals("INVALID_REQUEST", laughs.code());
    assertTrue(laughs.body().contains("DTD"), laughs.body());
    assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused within a second");
    var big =
        Exchange.post(
            Exchange.https("/ws/CustomsService"),
            Exchange.envelope(c[0], c[1], null, get("x".repeat(1_100_000))));
    assertEquals("INVALID_REQUEST", big.code());
    assertTrue(big.body().contains("大小"), big.body());
    assertTrue(
        big.body().contains("urn:autogov:customs:v1")
            && !big.body().contains("urn:autogov:exchange"),
        "the fault of the service's own WSDL: " + big.body());
  }

  @Test
  void shouldHoldEachClientToItsOwnRateAndRegisterOnlyUsableCertificates() throws Exception {
    Api admin = Api.of(base, "ADMIN", null);
    JsonObject slow = Exchange.newClient(admin, "CUSTOMS_VERIFY");
    String id = String.valueOf(slow.getInt("id"));
    String credit = "91350100M000100Y43";
    // its own rate: 1 a second, bursts of 2; the third call at once is refused, then it recovers
    var rated =
        admin.expect(200, "PUT", "/admin/system-clients/" + id + "/rate", "{\"perSecond\":1}");
    assertEquals(1, rated.getInt("ratePerSecond"));
    var r = admin.call("PUT", "/admin/system-clients/" + id + "/rate", "{\"perSecond\":0}");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("每秒调用上限须为1至100000之间的整数"), r.body());
    List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      codes.add(
          Exchange.soap(slow.getString("clientId"), slow.getString("secret"), null, verify(credit))
              .code());
    }
    assertEquals(java.util.Arrays.asList(null, null, "RATE_LIMITED"), codes);
    Thread.sleep(1_100);
    assertNull(
        Exchange.soap(slow.getString("clientId"), slow.getString("secret"), null, verify(credit))
            .code(),
        "a second later: one more call");
    // a secured message without a timestamp could be replayed for ever: refused
    String noTimestamp =
        Exchange.envelope(
                slow.getString("clientId"), slow.getString("secret"), null, verify(credit))
            .replaceAll("<wsu:Timestamp.*</wsu:Timestamp>", "");
    var stale = Exchange.post(Exchange.https("/ws/CustomsService"), noTimestamp);
    assertEquals("NOT_AUTHENTICATED", stale.code(), stale.body());
    // one recorded an hour ago (expired), and one dated ahead of the clock: refused too
    java.time.Instant hourAgo =
        java.time.Instant.now()
            .minusSeconds(3600)
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    for (java.time.Instant created : List.of(hourAgo, hourAgo.plusSeconds(7200))) {
      String dated =
          Exchange.envelope(
                  slow.getString("clientId"), slow.getString("secret"), null, verify(credit))
              .replaceAll(
                  "<wsu:Created>[^<]*</wsu:Created>", "<wsu:Created>" + created + "</wsu:Created>")
              .replaceAll(
                  "<wsu:Expires>[^<]*</wsu:Expires>",
                  "<wsu:Expires>" + created.plusSeconds(300) + "</wsu:Expires>");
      var refused = Exchange.post(Exchange.https("/ws/CustomsService"), dated);
      assertEquals("NOT_AUTHENTICATED", refused.code(), created + ": " + refused.body());
    }

    // signing certificates: an unreadable one and a short key are refused naming the field
    r =
        admin.call(
            "PUT", "/admin/system-clients/" + id + "/certificate", "{\"certificate\":\"x\"}");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("\"field\":\"certificate\""), r.body());
    assertTrue(r.body().contains("证书无法读取"), r.body());
    r =
        admin.call(
            "PUT",
            "/admin/system-clients/" + id + "/certificate",
            Json.createObjectBuilder()
                .add("certificate", Exchange.selfSignedCertificate("RSA", 1024))
                .build()
                .toString());
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("签名证书须使用不少于2048位的RSA密钥"), r.body());
    String pem = Exchange.selfSignedCertificate("RSA", 2048);
    var registered =
        admin.expect(
            200,
            "PUT",
            "/admin/system-clients/" + id + "/certificate",
            Json.createObjectBuilder().add("certificate", pem).build().toString());
    assertTrue(registered.getString("certificateSha256").matches("[0-9a-f]{64}"));
    assertTrue(registered.getString("certificateSubject").contains("CN=customs-it"));
    // the same certificate cannot stand for a second client
    JsonObject other = Exchange.newClient(admin, "CUSTOMS_VERIFY");
    r =
        admin.call(
            "PUT",
            "/admin/system-clients/" + other.getInt("id") + "/certificate",
            Json.createObjectBuilder().add("certificate", pem).build().toString());
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("该签名证书已登记给另一系统客户端"), r.body());
    var removed = admin.expect(200, "DELETE", "/admin/system-clients/" + id + "/certificate", null);
    assertFalse(removed.containsKey("certificateSha256"), removed.toString());
    // the signed port publishes its own policy: an X.509 token, not a password
    String wsdl = Exchange.get(Exchange.https("/ws/CustomsSignedService?wsdl"));
    assertTrue(wsdl.contains("X509Token") && wsdl.contains("CustomsSignedPort"), wsdl);
    // over HTTPS browsers are told to stay on HTTPS
    assertTrue(
        String.valueOf(Exchange.header(Exchange.https("/health/live"), "Strict-Transport-Security"))
            .startsWith("max-age="));
    // each published document has its one service, so a stock client binds the one it asked for
    assertFalse(wsdl.contains("service name=\"CustomsService\""), wsdl);
    String plain = Exchange.get(Exchange.https("/ws/CustomsService?wsdl"));
    assertTrue(plain.contains("UsernameToken") && !plain.contains("CustomsSignedService"), plain);
    assertFalse(wsdl.contains("ClientCertificateValidator"), "the validator stays private");
  }

  @Test
  void shouldSlowAnAddressThatKeepsFailingToAuthenticate() throws Exception {
    Api admin = Api.of(base, "ADMIN", null);
    String[] c = client(admin, "CUSTOMS_VERIFY");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      codes.add(Exchange.soap(c[0], "guess-" + i, null, verify("91350100M000100Y43")).code());
    }
    assertTrue(codes.contains("NOT_AUTHENTICATED"), codes.toString());
    assertTrue(codes.contains("RATE_LIMITED"), "guessing is slowed: " + codes);
    // the REST twin too: the address's allowance refills at 5 a second, so of a quick run of
    // guesses some are heard (401) and the rest slowed (429)
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      rest.add(
          Exchange.rest(
                  c[0], "guess", "/export-filing-verifications?creditCode=91350100M000100Y43", null)
              .status());
    }
    assertTrue(rest.contains(429), "the REST twin too: " + rest);
    assertTrue(rest.stream().allMatch(x -> x == 401 || x == 429), rest.toString());
    Thread.sleep(2500); // the address's allowance refills
    var right = Exchange.soap(c[0], c[1], null, verify("91350100M000100Y43"));
    assertEquals(200, right.status(), right.body());
  }

  @Test
  void shouldGiveTheFirstAnswerToAReplayedMessageId() {
    Api admin = Api.of(base, "ADMIN", null);
    String[] c = client(admin, "CUSTOMS_VERIFY", "CUSTOMS_GET");
    String id = "urn:uuid:" + UUID.randomUUID();
    var first = Exchange.soap(c[0], c[1], id, verify("91350100M000100Y43"));
    var again = Exchange.soap(c[0], c[1], id, verify("91350100M000100Y43"));
    assertEquals(200, first.status(), first.body());
    assertEquals(first.body(), again.body(), "the same answer, byte for byte (its timestamp too)");
    var other = Exchange.soap(c[0], c[1], id, get("EX-2026-000001"));
    assertEquals(
        "IDEMPOTENCY_MISMATCH", other.code(), "a message id is not reused for another operation");
    // the same operation with another enterprise under a used id: refused, never the first answer
    var otherArguments = Exchange.soap(c[0], c[1], id, verify("91350100MA2Y8E3TX7"));
    assertEquals("IDEMPOTENCY_MISMATCH", otherArguments.code(), otherArguments.body());
    assertFalse(otherArguments.body().contains("91350100M000100Y43"), otherArguments.body());
    // a message id belongs to its client: another client's call under it is its own first call
    String[] d = client(admin, "CUSTOMS_VERIFY");
    var stranger = Exchange.soap(d[0], d[1], id, verify("91350100MA2Y8E3TX7"));
    assertEquals(200, stranger.status(), stranger.body());
    assertFalse(stranger.body().contains("91350100M000100Y43"), stranger.body());
    var log =
        admin.expect(
            200, "GET", "/admin/exchange-messages?messageId=" + id + "&client=" + c[0], null);
    var outcomes = new ArrayList<String>();
    log.getJsonArray("rows").forEach(v -> outcomes.add(v.asJsonObject().getString("outcome")));
    assertEquals(
        List.of("IDEMPOTENCY_MISMATCH", "IDEMPOTENCY_MISMATCH", "REPLAYED", "OK"), outcomes);
    var replay = log.getJsonArray("rows").getJsonObject(2);
    assertEquals(
        log.getJsonArray("rows").getJsonObject(3).getJsonNumber("seq").longValue(),
        replay.getJsonNumber("replayOf").longValue());

    String key = UUID.randomUUID().toString();
    var r1 = Exchange.rest(c[0], c[1], "/export-filings/EX-2026-999999", key);
    var r2 = Exchange.rest(c[0], c[1], "/export-filings/EX-2026-999999", key);
    assertEquals(404, r2.status());
    assertEquals(r1.body(), r2.body());
    var r3 = Exchange.rest(c[0], c[1], "/export-filings/EX-2026-999998", key);
    assertEquals(422, r3.status(), r3.body());
    assertTrue(r3.body().contains("IDEMPOTENCY_MISMATCH"), r3.body());
  }

  @jakarta.ejb.EJB cn.autogov.exchange.application.ExchangeRetention retention;

  @Test
  void shouldProveTheExchangeOfflineAndRefuseWhenTheLogCannotBeWritten() throws Exception {
    Api admin = Api.of(base, "ADMIN", null);
    String[] c = client(admin, "CUSTOMS_VERIFY");
    Exchange.soap(c[0], c[1], null, verify("91350100M000100Y43"));
    var rows =
        admin
            .expect(200, "GET", "/admin/exchange-messages?client=" + c[0], null)
            .getJsonArray("rows");
    long seq = rows.getJsonObject(0).getJsonNumber("seq").longValue();
    var bundle =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        cn.autogov.testing.Http.uri(
                            base, "/api/v1/admin/exchange-bundles?from=" + seq + "&to=" + seq))
                    .header("Authorization", "Bearer " + admin.token())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, bundle.statusCode());
    byte[] zip = bundle.body();
    assertEquals("OK", verifyOffline(zip).split(":")[0]);
    // the same bundle with one character of a response changed: the verifier finds it
    assertTrue(verifyOffline(tampered(zip)).startsWith("BROKEN"));

    // the log cannot be written: the caller is refused (UNAVAILABLE / 503), not answered unlogged
    try (var con =
            ((DataSource) new InitialContext().lookup("java:app/jdbc/autogov")).getConnection();
        var st = con.createStatement()) {
      st.execute("ALTER TABLE exchange_message RENAME TO exchange_message_away");
      try {
        var soap = Exchange.soap(c[0], c[1], null, verify("91350100M000100Y43"));
        assertEquals("UNAVAILABLE", soap.code(), soap.body());
        assertEquals(
            503,
            Exchange.rest(
                    c[0], c[1], "/export-filing-verifications?creditCode=91350100M000100Y43", null)
                .status());
      } finally {
        st.execute("ALTER TABLE exchange_message_away RENAME TO exchange_message");
      }
    }
    var check = admin.expect(200, "GET", "/admin/exchange-messages/verification", null);
    assertEquals(0, check.getJsonNumber("brokenAt").longValue(), check.toString());
    assertNotEquals(0, check.getJsonNumber("checked").longValue());

    // retention: everything up to the last seal goes; what is kept still verifies from that seal
    admin.expect(200, "POST", "/admin/exchange-seals", null);
    Exchange.soap(c[0], c[1], null, verify("91350100M000100Y43"));
    String removed = retention.removeOlderThan(cn.autogov.kernel.BusinessTime.now().plusMinutes(1));
    assertTrue(removed.contains("removed"), removed);
    var kept = admin.expect(200, "GET", "/admin/exchange-messages/verification", null);
    assertEquals(0, kept.getJsonNumber("brokenAt").longValue(), kept.toString());
    assertTrue(kept.getJsonNumber("checked").longValue() >= 1, kept.toString());
    assertEquals(
        0,
        admin
            .expect(200, "GET", "/admin/exchange-messages?client=" + c[0], null)
            .getJsonArray("rows")
            .stream()
            .filter(r -> r.asJsonObject().getJsonNumber("seq").longValue() == seq)
            .count(),
        "the old message is gone");
  }

  /** Runs the bundle's own verifier with the JDK alone, as an outsider would. */
  private static String verifyOffline(byte[] zip) throws Exception {
    Path dir = Files.createTempDirectory("bundle");
    Path file = dir.resolve("bundle.zip");
    Files.write(file, zip);
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals("VerifyBundle.java")) {
          Files.write(dir.resolve("VerifyBundle.java"), in.readAllBytes());
        }
      }
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(java, "VerifyBundle.java", file.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return out;
  }

  private static byte[] tampered(byte[] zip) throws Exception {
    var out = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
        var z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("messages.tsv")) {
          String[] lines = new String(b, StandardCharsets.UTF_8).split("\n");
          String[] f = lines[1].split("\t", -1);
          String response =
              new String(java.util.Base64.getDecoder().decode(f[11]), StandardCharsets.UTF_8);
          f[11] =
              java.util.Base64.getEncoder()
                  .encodeToString(
                      response.replace("false", "true ").getBytes(StandardCharsets.UTF_8));
          lines[1] = String.join("\t", f);
          b = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(b);
      }
    }
    return out.toByteArray();
  }

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
      assertEquals(2, deadOne.getInt("attempts"));
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
      assertEquals(3, log.getInt("total"), log.toString());
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
