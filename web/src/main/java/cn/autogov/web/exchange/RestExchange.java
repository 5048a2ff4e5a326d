package cn.autogov.web.exchange;

import cn.autogov.exchange.application.ExchangeGate;
import cn.autogov.exchange.application.LogWriter;
import cn.autogov.exchange.domain.Channel;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.exchange.domain.LoggedCall;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One REST call of a partner system, as the SOAP filter and handler do it: HTTPS, the client's id
 * and secret (HTTP Basic), its right for the operation and rate limit, a replay for an {@code
 * Idempotency-Key} answered before, then the operation; the call is logged before the answer goes
 * out, and an unwritable log refuses it (503 UNAVAILABLE). Errors are {@code {code, messageZh,
 * messageEn}} with the SOAP fault's codes.
 */
@ApplicationScoped
public class RestExchange {

  private static final Logger LOG = Logger.getLogger(RestExchange.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  private static final String CLIENT = RestExchange.class.getName() + ".client";

  /**
   * A request attribute: the body an operation read (a certificate request), which belongs to the
   * call's arguments (a replay must carry the same).
   */
  static final String BODY = RestExchange.class.getName() + ".body";

  @Inject ExchangeGate gate;

  @Inject LogWriter log;

  @Inject cn.autogov.exchange.application.RateLimits limits;

  @Inject
  @ConfigProperty(name = "autogov.exchange.require-https", defaultValue = "true")
  boolean requireHttps;

  public Response call(HttpServletRequest req, ExchangeOperation op, Supplier<Object> operation) {
    long start = System.nanoTime();
    String messageId = blankToNull(req.getHeader("Idempotency-Key"));
    String clientId = null;
    Long replayOf = null;
    String outcome;
    boolean remembered = false;
    int status;
    String body;
    try {
      if (!limits.hears(req.getRemoteAddr())) {
        throw new RefusedException(FaultCode.RATE_LIMITED.messageKey());
      }
      String[] credentials = basic(req.getHeader("Authorization"));
      clientId = credentials == null ? null : credentials[0];
      if (requireHttps && !req.isSecure()
          || credentials == null
          || !gate.authenticate(credentials[0], credentials[1])) {
        limits.failed(req.getRemoteAddr());
        throw new RefusedException(FaultCode.NOT_AUTHENTICATED.messageKey());
      }
      var admission = gate.admit(clientId, op, messageId, arguments(req));
      if (admission.replay().isPresent()) {
        var first = admission.replay().get();
        replayOf = first.seq();
        outcome = LoggedCall.REPLAYED;
        int cut = first.response().indexOf('\n');
        status = Integer.parseInt(first.response().substring(0, cut));
        body = first.response().substring(cut + 1);
      } else {
        req.setAttribute(CLIENT, clientId);
        body = JSON.toJson(operation.get());
        status = 200;
        outcome = LoggedCall.OK;
        remembered = true;
      }
    } catch (RefusedException e) {
      FaultCode code = FaultCode.ofKey(e.key());
      outcome = code.name();
      status = status(code);
      body = JSON.toJson(error(code, e));
      remembered = code == FaultCode.UNKNOWN_ENTERPRISE || code == FaultCode.UNKNOWN_FILING;
    }
    int ms = (int) ((System.nanoTime() - start) / 1_000_000);
    try {
      log.append(
          new LoggedCall(
              clientId,
              Channel.REST,
              op.code(),
              messageId,
              replayOf,
              outcome,
              ms,
              req.getRemoteAddr(),
              request(req),
              status + "\n" + body,
              remembered,
              arguments(req)));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "exchange log not written: the call is refused", e);
      status = 503;
      body =
          JSON.toJson(
              error(
                  FaultCode.UNAVAILABLE, new RefusedException(FaultCode.UNAVAILABLE.messageKey())));
    }
    var res = Response.status(status).entity(body).type("application/json;charset=UTF-8");
    if (status == 401) {
      res.header("WWW-Authenticate", "Basic realm=\"AutoGov exchange\", charset=\"UTF-8\"");
    } else if (status == 429) {
      res.header("Retry-After", "1");
    }
    return res.build();
  }

  /** The system client the exchange authenticated for this request (inside an operation). */
  public String clientOf(HttpServletRequest req) {
    return (String) req.getAttribute(CLIENT);
  }

  /** The call's arguments: its path, its parameters in name order, and its body's digest. */
  static String arguments(HttpServletRequest req) {
    var b = new StringBuilder(req.getRequestURI());
    if (req.getAttribute(BODY) instanceof String body) {
      b.append('\u001f').append("body=").append(cn.autogov.kernel.Sha256.hex(body));
    }
    new java.util.TreeMap<>(req.getParameterMap())
        .forEach(
            (name, values) -> {
              for (String v : values) {
                b.append('\u001f').append(name).append('=').append(v);
              }
            });
    return b.toString();
  }

  private static Map<String, String> error(FaultCode code, RefusedException e) {
    var m = new LinkedHashMap<String, String>();
    m.put("code", code.name());
    m.put("messageZh", DomainText.render(Locale.SIMPLIFIED_CHINESE, e));
    m.put("messageEn", DomainText.render(Locale.ENGLISH, e));
    return m;
  }

  static int status(FaultCode code) {
    switch (code) {
      case NOT_AUTHENTICATED:
        return 401;
      case NOT_AUTHORISED:
        return 403;
      case UNKNOWN_ENTERPRISE:
      case UNKNOWN_FILING:
        return 404;
      case RATE_LIMITED:
        return 429;
      case IDEMPOTENCY_MISMATCH:
        return 422;
      case CONFLICT:
        return 409;
      case UNAVAILABLE:
        return 503;
      default:
        return 400;
    }
  }

  /** The request as logged: method, path and query, and the headers that matter (no secret). */
  private static String request(HttpServletRequest req) {
    String query = req.getQueryString();
    var sb = new StringBuilder();
    sb.append(req.getMethod())
        .append(' ')
        .append(req.getRequestURI())
        .append(query == null ? "" : "?" + query)
        .append('\n');
    for (String h : new String[] {"Idempotency-Key", "User-Agent", "Accept"}) {
      String v = req.getHeader(h);
      if (v != null) {
        sb.append(h).append(": ").append(v).append('\n');
      }
    }
    if (req.getHeader("Authorization") != null) {
      sb.append("Authorization: Basic ***\n");
    }
    return sb.toString();
  }

  private static String[] basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
