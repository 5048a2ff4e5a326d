package cn.autogov.exchange.domain;

/**
 * What a call's record holds before it is numbered and linked; {@code remembered}: a later call
 * with the same message id gets this answer again (answered calls and business faults, not refusals
 * the caller can cure by waiting or by being granted a right).
 */
public record LoggedCall(
    String clientId,
    Channel channel,
    String operation,
    String messageId,
    Long replayOf,
    String outcome,
    int durationMs,
    String origin,
    String request,
    String response,
    boolean remembered,
    String arguments) {

  /** A call answered normally. */
  public static final String OK = "OK";

  /** What the first call with a message id ended with; replays of it say this. */
  public static final String REPLAYED = "REPLAYED";

  /** A call whose arguments do not matter for replays (refused before the operation). */
  public LoggedCall(
      String clientId,
      Channel channel,
      String operation,
      String messageId,
      Long replayOf,
      String outcome,
      int durationMs,
      String origin,
      String request,
      String response,
      boolean remembered) {
    this(
        clientId,
        channel,
        operation,
        messageId,
        replayOf,
        outcome,
        durationMs,
        origin,
        request,
        response,
        remembered,
        null);
  }
}
