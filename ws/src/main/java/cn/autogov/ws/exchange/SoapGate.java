package cn.autogov.ws.exchange;

import cn.autogov.exchange.application.ExchangeGate;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.exchange.domain.LoggedCall;
import cn.autogov.kernel.RefusedException;
import com.sun.xml.ws.api.message.Header;
import com.sun.xml.ws.api.server.WSWebServiceContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;

/**
 * What every SOAP operation does first, after WS-Security has authenticated the client (and the
 * {@link ExchangeFilter} has bounded, checked and schema-validated the message): name the client,
 * check its right for the operation and its rate limit, and find out whether the message id ({@code
 * wsa:MessageID}) was answered before. Works on Metro's own message, never converting it to SAAJ
 * (which costs a service lookup per call).
 */
public final class SoapGate {

  static final String WSA = "http://www.w3.org/2005/08/addressing";

  private static volatile ExchangeGate gate;

  private SoapGate() {}

  /**
   * True when the call is a replay: the first answer goes out again (the filter sends it) and the
   * operation must not act. Refusals are {@link RefusedException}s with the fault's key.
   */
  public static boolean enter(
      WebServiceContext context, ExchangeOperation operation, Object... arguments) {
    MessageContext mc = context.getMessageContext();
    ExchangeCall call =
        ExchangeCall.of((HttpServletRequest) mc.get(MessageContext.SERVLET_REQUEST));
    String client = caller(mc);
    String messageId = messageId(context);
    String args = arguments(arguments);
    if (call != null) {
      call.arguments = args;
      call.reached = true;
      call.clientId = client;
      call.operation = operation.code();
      call.messageId = messageId;
    }
    if (call != null && !call.timestamped) {
      // Metro checks a timestamp's freshness but lets a message without one through: without it
      // a signed message could be replayed for ever
      throw new RefusedException(
          cn.autogov.exchange.domain.FaultCode.NOT_AUTHENTICATED.messageKey());
    }
    var admission = gate().admit(client, operation, messageId, args);
    if (admission.replay().isEmpty()) {
      return false;
    }
    if (call == null) {
      throw new RefusedException("exchange.unavailable");
    }
    call.outcome = LoggedCall.REPLAYED;
    call.remembered = false;
    call.replayOf = admission.replay().get().seq();
    call.replayResponse = admission.replay().get().response();
    return true;
  }

  /**
   * An operation open to every partner system (no credentials, no right): the call is logged as
   * answered under the name the caller gives.
   */
  public static void enterOpen(WebServiceContext context, String operation, String callerSystem) {
    ExchangeCall call =
        ExchangeCall.of(
            (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST));
    if (call != null) {
      call.reached = true;
      call.operation = operation;
      call.clientId = callerSystem == null || callerSystem.isBlank() ? null : "?" + callerSystem;
    }
  }

  /** The system client WS-Security authenticated for this call. */
  public static String client(WebServiceContext context) {
    return caller(context.getMessageContext());
  }

  /**
   * The client WS-Security authenticated: its UsernameToken's name, a public credential of the
   * requester's subject (Payara Micro's bundled Metro), else as the validator recorded it (Payara
   * Server's Metro).
   */
  private static String caller(MessageContext mc) {
    try {
      var subject = com.sun.xml.wss.SubjectAccessor.getRequesterSubject(mc);
      if (subject != null) {
        for (String name : subject.getPublicCredentials(String.class)) {
          return name;
        }
      }
    } catch (RuntimeException | com.sun.xml.wss.XWSSecurityException e) {
      // no subject here: the validator's record below
    }
    return ClientPasswordValidator.VALIDATED.get();
  }

  /** The arguments in one string: each as text, separated by a character no argument holds. */
  static String arguments(Object... arguments) {
    var b = new StringBuilder();
    for (Object a : arguments) {
      b.append(a == null ? "\u0000" : a.toString()).append('\u001f');
    }
    return b.toString();
  }

  private static String messageId(WebServiceContext context) {
    if (!(context instanceof WSWebServiceContext ws)) {
      return null;
    }
    Header h = ws.getRequestPacket().getMessage().getHeaders().get(WSA, "MessageID", false);
    String id = h == null ? null : h.getStringContent();
    return id == null || id.isBlank() ? null : id.strip();
  }

  private static ExchangeGate gate() {
    ExchangeGate g = gate;
    if (g == null) {
      g = CDI.current().select(ExchangeGate.class).get(); // a proxy: safe to keep
      gate = g;
    }
    return g;
  }
}
