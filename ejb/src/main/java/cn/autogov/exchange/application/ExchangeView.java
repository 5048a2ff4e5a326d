package cn.autogov.exchange.application;

import cn.autogov.exchange.domain.ExchangeMessage;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A logged call as administrators see it; the summary leaves out the messages. */
public record ExchangeView(
    long seq,
    LocalDateTime recordedAt,
    String clientId,
    String channel,
    String operation,
    String messageId,
    Long replayOf,
    String outcome,
    int durationMs,
    String origin,
    String request,
    String response,
    String hash)
    implements Serializable {

  static ExchangeView summary(ExchangeMessage m) {
    return of(m, null, null);
  }

  static ExchangeView full(ExchangeMessage m) {
    return of(m, m.getRequest(), m.getResponse());
  }

  private static ExchangeView of(ExchangeMessage m, String request, String response) {
    return new ExchangeView(
        m.getSeq(),
        m.getRecordedAt(),
        m.getClientId(),
        m.getChannel().name(),
        m.getOperation(),
        m.getMessageId(),
        m.getReplayOf(),
        m.getOutcome(),
        m.getDurationMs(),
        m.getOrigin(),
        request,
        response,
        m.getHash());
  }
}
