package cn.autogov.ws.exchange;

import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.exchange.domain.LoggedCall;
import jakarta.servlet.ServletRequest;

/**
 * What one SOAP call came to, filled in as it passes: the {@link ExchangeFilter} makes it (one per
 * HTTP request, a request attribute), the {@link SoapGate} names the authenticated client, the
 * operation, the message id and the outcome, and the filter logs it with the raw messages.
 */
public final class ExchangeCall {

  static final String ATTRIBUTE = ExchangeCall.class.getName();

  /** The handler saw the call: WS-Security accepted the client. */
  boolean reached;

  /** Whether the message's WS-Security header has a timestamp (every secured call needs one). */
  boolean timestamped;

  String clientId;
  String operation;
  String messageId;

  /** The operation's arguments as the endpoint read them (for replays: same id, same call). */
  String arguments;

  String outcome;
  boolean remembered;
  Long replayOf;

  /** A replay: the first answer's response, sent again as it was. */
  String replayResponse;

  static ExchangeCall of(ServletRequest request) {
    return request == null ? null : (ExchangeCall) request.getAttribute(ATTRIBUTE);
  }

  /**
   * Answered calls and the business faults (unknown enterprise or filing) are remembered for
   * replays; refusals, which the caller may cure, are not.
   */
  void ended(String outcomeCode) {
    outcome = outcomeCode;
    remembered =
        LoggedCall.OK.equals(outcomeCode)
            || FaultCode.UNKNOWN_ENTERPRISE.name().equals(outcomeCode)
            || FaultCode.UNKNOWN_FILING.name().equals(outcomeCode);
  }
}
