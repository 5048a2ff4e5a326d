package cn.autogov.ws.exchange;

import cn.autogov.exchange.application.LogWriter;
import cn.autogov.exchange.domain.Channel;
import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.exchange.domain.LoggedCall;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In front of every SOAP endpoint. Before Metro reads a byte: the message is at most {@code
 * AUTOGOV_EXCHANGE_MAX_MESSAGE_BYTES} (default 1,000,000 bytes, which the log keeps whole; the rest
 * is not even read), well-formed, and without a DTD (no external entities, no entity expansion: XXE
 * and "billion laughs" are refused before any parser expands anything). After Metro answered: the
 * call is logged with both messages (the WS-Security password blanked) and only then the answer
 * goes out; when the log cannot be written the caller gets UNAVAILABLE instead (fail closed). A
 * security refusal (Metro's own fault text) becomes the declared NOT_AUTHENTICATED fault, any other
 * undeclared fault UNAVAILABLE.
 */
@WebFilter(
    // /ws/* in the Micro WAR (served from the root); the EAR's ws module is itself at /ws
    urlPatterns = {
      "/ws/*",
      "/CustomsService",
      "/CustomsSignedService",
      "/TaxService",
      "/EkeyService",
      "/PlatformService"
    },
    asyncSupported = false)
public class ExchangeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ExchangeFilter.class.getName());
  static final String GENERIC_NS = "urn:autogov:exchange";
  private static final Pattern FAULT_CODE = Pattern.compile("<(?:[\\w.-]+:)?code>([A-Z_]+)</");
  private static final Pattern USERNAME =
      Pattern.compile("<(?:[\\w.-]+:)?Username\\b[^>]*>([^<]{1,64})</");
  private static final Pattern SERVER_SIDE =
      Pattern.compile("(<faultcode>(?:[\\w.-]+:)?)Server</faultcode>");
  private static final Pattern NAMESPACE =
      Pattern.compile("xmlns(?::\\w+)?=\"(urn:autogov:[a-z]+:v\\d+)\"");

  @Inject LogWriter log;

  @Inject cn.autogov.exchange.application.RateLimits limits;

  @Inject
  @ConfigProperty(name = "autogov.exchange.max-message-bytes", defaultValue = "1000000")
  int maxBytes;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(req.getMethod())) {
      chain.doFilter(req, res); // ?wsdl, ?xsd=
      return;
    }
    long start = System.nanoTime();
    if (!limits.hears(req.getRemoteAddr())) {
      // too many calls from this address failed authentication just now: not even read
      refuse(res, namespaceOf(req), FaultCode.RATE_LIMITED, FaultCode.RATE_LIMITED.messageKey());
      return;
    }
    byte[] body = BoundedBody.read(req.getInputStream(), maxBytes);
    if (body == null) {
      refuse(req, start, null, namespaceOf(req), "exchange.too-large", Map.of(), res);
      return;
    }
    String ns = namespace(body);
    var checked = ContractSchemas.check(req.getServletContext(), body);
    if (checked.problem() != null) {
      refuse(req, start, body, ns, checked.problem().key(), checked.problem().params(), res);
      return;
    }
    var call = new ExchangeCall();
    call.timestamped = checked.timestamped();
    req.setAttribute(ExchangeCall.ATTRIBUTE, call);
    var buffered = new BufferedResponse(res);
    try {
      chain.doFilter(new BufferedRequest(req, body), buffered);
    } finally {
      ClientPasswordValidator.VALIDATED.remove();
    }

    String request = redact(new String(body, StandardCharsets.UTF_8));
    String response;
    if (call.replayResponse != null) {
      response = call.replayResponse;
    } else if (!call.reached) {
      call.clientId = claimedUser(request);
      call.outcome = FaultCode.NOT_AUTHENTICATED.name();
      response = SoapFaults.envelope(ns, FaultCode.NOT_AUTHENTICATED, Map.of());
      limits.failed(req.getRemoteAddr());
    } else {
      response = buffered.text();
      String code = buffered.status() >= 400 ? faultCode(response) : LoggedCall.OK;
      if (code == null) { // an internal error: its text stays inside
        code = FaultCode.UNAVAILABLE.name();
        response = SoapFaults.envelope(ns, FaultCode.UNAVAILABLE, Map.of());
      }
      if (!FaultCode.UNAVAILABLE.name().equals(code) && !LoggedCall.OK.equals(code)) {
        // a declared business fault is the caller's to mend: soap:Client, as SOAP 1.1 says
        response = SERVER_SIDE.matcher(response).replaceFirst("$1Client</faultcode>");
      }
      call.ended(code);
    }
    int ms = (int) ((System.nanoTime() - start) / 1_000_000);
    try {
      log.append(
          new LoggedCall(
              call.clientId,
              Channel.SOAP,
              call.operation == null ? "-" : call.operation,
              call.messageId,
              call.replayOf,
              call.outcome == null ? FaultCode.UNAVAILABLE.name() : call.outcome,
              ms,
              req.getRemoteAddr(),
              request,
              response,
              call.remembered,
              call.arguments));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "exchange log not written: the call is refused", e);
      refuse(res, ns, FaultCode.UNAVAILABLE, FaultCode.UNAVAILABLE.messageKey());
      return;
    }
    if (call.reached && call.replayResponse == null && response.equals(buffered.text())) {
      buffered.commit();
    } else {
      write(res, response.contains(":Fault>") ? 500 : 200, response);
    }
  }

  private static void refuse(HttpServletResponse res, String ns, FaultCode code, String key)
      throws IOException {
    write(res, 500, SoapFaults.envelope(ns, code, Map.of(), key));
  }

  /**
   * A message refused before Metro saw it (too large, a DTD, not XML): logged under the name its
   * token claims (unverified), then answered INVALID_REQUEST.
   */
  private void refuse(
      HttpServletRequest req,
      long start,
      byte[] body,
      String ns,
      String key,
      Map<String, ?> params,
      HttpServletResponse res)
      throws IOException {
    String response = SoapFaults.envelope(ns, FaultCode.INVALID_REQUEST, params, key);
    String request =
        body == null
            ? "(larger than " + maxBytes + " bytes: not read, not kept)"
            : redact(new String(body, StandardCharsets.UTF_8));
    try {
      log.append(
          new LoggedCall(
              body == null ? null : claimedUser(request),
              Channel.SOAP,
              "-",
              null,
              null,
              FaultCode.INVALID_REQUEST.name(),
              (int) ((System.nanoTime() - start) / 1_000_000),
              req.getRemoteAddr(),
              request,
              response,
              false));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "exchange log not written", e);
    }
    write(res, 500, response);
  }

  private static void write(HttpServletResponse res, int status, String envelope)
      throws IOException {
    byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
    res.resetBuffer();
    res.setStatus(status);
    res.setContentType("text/xml;charset=utf-8");
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }

  /** The ExchangeFault's code in a fault response; null when it carries none. */
  static String faultCode(String response) {
    Matcher m = FAULT_CODE.matcher(response);
    return response.contains("ExchangeFault") && m.find() ? m.group(1) : null;
  }

  /**
   * The message with the text of every {@code Password} element (any prefix) replaced by ***. A
   * scan with indexOf: the regular expression it replaced took a tenth of a SOAP call's CPU.
   */
  static String redact(String xml) {
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    for (int p = xml.indexOf("Password", from); p >= 0; p = xml.indexOf("Password", from)) {
      from = p + PASSWORD_NAME.length();
      int lt = xml.lastIndexOf('<', p);
      int end = from < xml.length() ? xml.charAt(from) : '>';
      if (lt < 0 || !startTagName(xml, lt + 1, p) || end != '>' && !Character.isWhitespace(end)) {
        continue;
      }
      int gt = xml.indexOf('>', from);
      if (gt < 0 || xml.charAt(gt - 1) == '/') {
        continue;
      }
      String close = "</" + xml.substring(lt + 1, p) + PASSWORD_NAME + ">";
      int closing = xml.indexOf(close, gt);
      int nextTag = xml.indexOf('<', gt);
      if (closing < 0 || nextTag != closing) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(xml.length());
      }
      out.append(xml, copied, gt + 1).append("***");
      copied = closing;
      from = closing + close.length();
    }
    return out == null ? xml : out.append(xml, copied, xml.length()).toString();
  }

  private static final String PASSWORD_NAME = "Password";

  /** Whether xml[from, to) is empty or an element prefix ("wsse:"). */
  private static boolean startTagName(String xml, int from, int to) {
    if (from == to) {
      return true;
    }
    if (xml.charAt(to - 1) != ':' || to - 1 == from) {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      char c = xml.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static String claimedUser(String xml) {
    Matcher m = USERNAME.matcher(xml);
    return m.find() ? m.group(1).strip() : null;
  }

  /** The contract's namespace the message names (for the fault's detail). */
  private static String namespace(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 8192), StandardCharsets.UTF_8);
    Matcher m = NAMESPACE.matcher(head);
    return m.find() ? m.group(1) : GENERIC_NS;
  }

  /**
   * The contract namespace of the service a request was sent to, from its address alone (for a
   * message refused unread, so that its fault is the one the service's WSDL declares).
   */
  static String namespaceOf(HttpServletRequest req) {
    String path = req.getRequestURI();
    if (path.contains("/CustomsService") || path.contains("/CustomsSignedService")) {
      return "urn:autogov:customs:v1";
    }
    if (path.contains("/TaxService")) {
      return "urn:autogov:tax:v1";
    }
    if (path.contains("/EkeyService")) {
      return "urn:autogov:ekey:v1";
    }
    return path.contains("/PlatformService") ? "urn:autogov:platform:v1" : GENERIC_NS;
  }
}
