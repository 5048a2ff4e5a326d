package cn.autogov.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A partner system's side of the exchange in tests: SOAP messages with a WS-Security UsernameToken
 * and REST calls with HTTP Basic, over the test Micro's HTTPS port (its self-signed certificate
 * trusted for this connection only).
 */
public final class Exchange {

  /** The HTTPS port the integration tests give Payara Micro (web/pom.xml it.sslport). */
  static final int SSL_PORT = Integer.getInteger("it.sslport", 28443);

  static final String NS = "urn:autogov:customs:v1";

  private Exchange() {}

  public record Answer(int status, String body) {
    /** The ExchangeFault's code (SOAP) or the error's code (REST), or null. */
    public String code() {
      var m =
          java.util.regex.Pattern.compile("(?:<(?:\\w+:)?code>|\"code\":\")([A-Z_]+)")
              .matcher(body);
      return m.find() ? m.group(1) : null;
    }
  }

  /** A new CUSTOMS system client with the rights (its JSON: id, clientId, secret). */
  static jakarta.json.JsonObject newClient(Api admin, String... rights) {
    return newClientOf(admin, "CUSTOMS", rights);
  }

  /** A new system client of the kind (TAX, CUSTOMS, CA) with the rights (ClientRight names). */
  public static jakarta.json.JsonObject newClientOf(Api admin, String kind, String... rights) {
    String id =
        kind.toLowerCase(java.util.Locale.ROOT)
            + "-"
            + java.util.UUID.randomUUID().toString().substring(0, 8);
    return admin.expect(
        201,
        "POST",
        "/admin/system-clients",
        "{\"clientId\":\""
            + id
            + "\",\"name\":\"交换测试\",\"kind\":\""
            + kind
            + "\",\"rights\":[\""
            + String.join(
                "\",\"",
                java.util.Arrays.stream(rights)
                    .map(r -> cn.autogov.identity.client.ClientRight.valueOf(r).code())
                    .toList())
            + "\"]}");
  }

  public static String https(String path) {
    return "https://127.0.0.1:" + SSL_PORT + path;
  }

  /** A SOAP 1.1 envelope with a UsernameToken (PasswordText) and timestamp. */
  static String envelope(String client, String secret, String messageId, String payload) {
    return envelope(NS, client, secret, messageId, payload);
  }

  /** The same for the contract of {@code ns}, bound to the prefix {@code c}. */
  public static String envelope(
      String ns, String client, String secret, String messageId, String payload) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String security =
        client == null
            ? ""
            : "<wsse:Security soap:mustUnderstand=\"1\""
                + " xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\""
                + " xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                + "<wsu:Timestamp wsu:Id=\"TS-1\"><wsu:Created>"
                + now
                + "</wsu:Created><wsu:Expires>"
                + now.plusSeconds(300)
                + "</wsu:Expires></wsu:Timestamp>"
                + "<wsse:UsernameToken wsu:Id=\"UT-1\"><wsse:Username>"
                + client
                + "</wsse:Username><wsse:Password"
                + " Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">"
                + secret
                + "</wsse:Password></wsse:UsernameToken></wsse:Security>";
    String id =
        messageId == null
            ? ""
            : "<wsa:MessageID xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">"
                + messageId
                + "</wsa:MessageID>";
    return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\""
        + ns
        + "\"><soap:Header>"
        + security
        + id
        + "</soap:Header><soap:Body>"
        + payload
        + "</soap:Body></soap:Envelope>";
  }

  static Answer soap(String client, String secret, String messageId, String payload) {
    return post(https("/ws/CustomsService"), envelope(client, secret, messageId, payload));
  }

  public static Answer post(String url, String envelope) {
    return send(url, "POST", envelope.getBytes(StandardCharsets.UTF_8), null, null);
  }

  static Answer rest(String client, String secret, String path, String idempotencyKey) {
    return send(
        https("/api/v1/exchange/customs" + path),
        "GET",
        null,
        basic(client, secret),
        idempotencyKey);
  }

  /** HTTP Basic of a client's id and secret; null for none. */
  public static String basic(String client, String secret) {
    return client == null
        ? null
        : "Basic "
            + Base64.getEncoder()
                .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /** The body of a GET over HTTPS (the test server's certificate trusted). */
  static String get(String url) {
    var a = send(url, "GET", null, null, null);
    if (a.status() != 200) {
      throw new AssertionError("GET " + url + ": " + a.status());
    }
    return a.body();
  }

  /**
   * A new self-signed certificate (PEM) with a key of the algorithm and size, made by the JDK's
   * keytool as a partner's administrator would.
   */
  static String selfSignedCertificate(String algorithm, int bits) {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("partner-cert");
      String store = dir.resolve("partner.p12").toString();
      String keytool =
          java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
      run(
          keytool,
          "-genkeypair",
          "-alias",
          "p",
          "-keyalg",
          algorithm,
          "-keysize",
          String.valueOf(bits),
          "-dname",
          "CN=customs-it,O=AutoGov test",
          "-validity",
          "30",
          "-keystore",
          store,
          "-storepass",
          "changeit",
          "-storetype",
          "PKCS12");
      return run(
          keytool,
          "-exportcert",
          "-rfc",
          "-alias",
          "p",
          "-keystore",
          store,
          "-storepass",
          "changeit");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(String... command) throws IOException {
    var p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new AssertionError(String.join(" ", command) + ": " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return out;
  }

  /** A response header of a GET over HTTPS (any certificate trusted), or null. */
  static String header(String url, String name) {
    try {
      var c = (HttpsURLConnection) new URL(url).openConnection();
      c.setSSLSocketFactory(TRUST_ANY);
      c.setHostnameVerifier((h, s) -> true);
      c.getResponseCode();
      return c.getHeaderField(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Answer send(String url, String method, byte[] body, String auth, String key) {
    try {
      var c = (java.net.HttpURLConnection) new URL(url).openConnection();
      if (c instanceof HttpsURLConnection https) {
        https.setSSLSocketFactory(TRUST_ANY);
        https.setHostnameVerifier((h, s) -> true);
      }
      c.setRequestMethod(method);
      c.setConnectTimeout(5000);
      c.setReadTimeout(30_000);
      if (auth != null) {
        c.setRequestProperty("Authorization", auth);
      }
      if (key != null) {
        c.setRequestProperty("Idempotency-Key", key);
      }
      if (body != null) {
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
        c.setRequestProperty("SOAPAction", "\"\"");
        try (OutputStream out = c.getOutputStream()) {
          out.write(body);
        }
      }
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      var bytes = new ByteArrayOutputStream();
      if (in != null) {
        try (in) {
          in.transferTo(bytes);
        }
      }
      return new Answer(status, bytes.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Trusts the test server's self-signed certificate (tests only). */
  static final SSLSocketFactory TRUST_ANY = trustAny();

  private static SSLSocketFactory trustAny() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          null);
      return ctx.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
