package cn.autogov.exchange.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The administrators' filter over the message log (null: any); a page of {@code size} rows. */
public record ExchangeQuery(
    String clientId,
    String operation,
    String outcome,
    String messageId,
    LocalDateTime from,
    LocalDateTime to,
    int page,
    int size)
    implements Serializable {

  public ExchangeQuery {
    clientId = blankToNull(clientId);
    operation = blankToNull(operation);
    outcome = blankToNull(outcome);
    messageId = blankToNull(messageId);
    page = Math.max(0, page);
    size = size <= 0 ? 20 : Math.min(size, 200);
  }

  /** The filter with days (from the first moment of {@code from} to the end of {@code to}). */
  public static ExchangeQuery ofDays(
      String clientId,
      String operation,
      String outcome,
      String messageId,
      java.time.LocalDate from,
      java.time.LocalDate to,
      int page,
      int size) {
    return new ExchangeQuery(
        clientId,
        operation,
        outcome,
        messageId,
        from == null ? null : from.atStartOfDay(),
        to == null ? null : to.plusDays(1).atStartOfDay(),
        page,
        size);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
