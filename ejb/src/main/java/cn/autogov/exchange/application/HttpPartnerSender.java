package cn.autogov.exchange.application;

import cn.autogov.exchange.domain.Channel;
import cn.autogov.exchange.domain.LoggedCall;
import cn.autogov.identity.client.SystemClients;
import cn.autogov.notification.PartnerSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AutoGov's calls to partner systems: an HTTP POST of the JSON event to the client's callback URL,
 * with {@code Idempotency-Key} (the outbox message's key: a repeat after a crash or a resend is the
 * same message) and {@code X-AutoGov-Signature: <key id>:<base64 ECDSA signature of the body>} by
 * the platform's key (published at /api/v1/public/exchange-key). A 2xx answer is delivery; anything
 * else is tried again by the outbox. Every attempt is in the message log (channel OUTBOUND).
 */
@ApplicationScoped
public class HttpPartnerSender implements PartnerSender {

  private static final Logger LOG = Logger.getLogger(HttpPartnerSender.class.getName());

  @Inject SystemClients clients;

  @Inject PlatformSigner signer;

  @Inject LogWriter log;

  @Inject
  @ConfigProperty(name = "autogov.exchange.callback-timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Override
  public void deliver(String key, String clientId, String json) throws Exception {
    String url =
        clients
            .callbackOf(clientId)
            .orElseThrow(() -> new IllegalStateException("no callback for client " + clientId));
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String signature = signer.keyId() + ":" + signer.sign(body);
    long start = System.nanoTime();
    String outcome;
    String response;
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(timeoutSeconds))
                  .header("Content-Type", "application/json; charset=utf-8")
                  .header("Idempotency-Key", key)
                  .header("X-AutoGov-Signature", signature)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      outcome = r.statusCode() / 100 == 2 ? LoggedCall.OK : "HTTP_" + r.statusCode();
      response = r.statusCode() + "\n" + cut(r.body());
    } catch (IOException e) {
      outcome = "UNREACHABLE";
      response = String.valueOf(e);
    }
    try {
      log.append(
          new LoggedCall(
              clientId,
              Channel.OUTBOUND,
              event(json),
              key,
              null,
              outcome,
              (int) ((System.nanoTime() - start) / 1_000_000),
              url.length() > 64 ? url.substring(0, 64) : url,
              "POST "
                  + url
                  + "\nIdempotency-Key: "
                  + key
                  + "\nX-AutoGov-Signature: "
                  + signature
                  + "\n\n"
                  + json,
              response,
              false));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "exchange log not written for an outbound call", e);
    }
    if (!LoggedCall.OK.equals(outcome)) {
      throw new IOException(outcome + " from " + clientId);
    }
  }

  private static String event(String json) {
    var m = java.util.regex.Pattern.compile("\"event\":\"([^\"]{1,60})\"").matcher(json);
    return m.find() ? m.group(1) : "-";
  }

  private static String cut(String s) {
    return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
  }
}
