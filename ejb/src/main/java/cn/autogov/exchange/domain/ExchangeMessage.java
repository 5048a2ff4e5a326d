package cn.autogov.exchange.domain;

import cn.autogov.audit.domain.Chained;
import cn.autogov.kernel.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One call of a partner system as it was exchanged: the request and the response (headers and body;
 * a password in a WS-Security header is blanked before it gets here), who called which operation,
 * when, how long it took and how it ended. Entries form a hash chain: each hash covers the entry's
 * content, the SHA-256 of both messages, and the previous entry's hash, so a changed, removed or
 * inserted entry shows; the platform signs the chain's end from time to time ({@link
 * ExchangeSeal}).
 */
@Entity
@Table(name = "exchange_message")
@NamedQuery(
    name = "ExchangeMessage.first",
    query = "SELECT m FROM ExchangeMessage m WHERE m.idempotencyKey = :key")
public class ExchangeMessage implements Chained {

  @Id private long seq;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "client_id", nullable = false, length = 64)
  private String clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Column(nullable = false, length = 60)
  private String operation;

  @Column(name = "message_id", length = 200)
  private String messageId;

  /** client id + message id of a first call, unique: the replay lookup. Null for replays. */
  @Column(name = "idempotency_key", length = 270)
  private String idempotencyKey;

  @Column(name = "replay_of")
  private Long replayOf;

  /**
   * SHA-256 of the call's arguments (operation and parameters as the endpoint read them): a message
   * id reused with other arguments is refused, not answered with the first call's answer.
   */
  @Column(name = "arguments_sha256", length = 64)
  private String argumentsSha256;

  @Column(nullable = false, length = 40)
  private String outcome;

  @Column(name = "duration_ms", nullable = false)
  private int durationMs;

  @Column(length = 64)
  private String origin;

  @Column(name = "request_text")
  private String request;

  @Column(name = "response_text")
  private String response;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected ExchangeMessage() {}

  /** SHA-256 (hex) of a call's arguments as its endpoint gives them; null stays null. */
  public static String argumentsHash(String arguments) {
    if (arguments == null) {
      return null;
    }
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(arguments.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static ExchangeMessage append(long prevSeq, String prevHash, LoggedCall c, LocalDateTime now) {
    var m = new ExchangeMessage();
    m.seq = prevSeq + 1;
    m.recordedAt = now.truncatedTo(ChronoUnit.MILLIS);
    m.clientId = cut(c.clientId() == null ? "anonymous" : c.clientId(), 64);
    m.channel = c.channel();
    m.operation = cut(c.operation(), 60);
    m.messageId = cut(c.messageId(), 200);
    m.replayOf = c.replayOf();
    m.argumentsSha256 = argumentsHash(c.arguments());
    m.idempotencyKey =
        c.remembered() && c.messageId() != null ? idempotencyKey(m.clientId, m.messageId) : null;
    m.outcome = cut(c.outcome(), 40);
    m.durationMs = c.durationMs();
    m.origin = cut(c.origin(), 64);
    m.request = c.request();
    m.response = c.response();
    m.prevHash = prevHash;
    m.hash = m.computeHash();
    return m;
  }

  /** The key under which a client's message id is remembered. */
  public static String idempotencyKey(String clientId, String messageId) {
    return clientId + "|" + messageId;
  }

  /** The key this call is remembered under for replays; null when it is not. */
  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  @Override
  public String computeHash() {
    return Sha256.hex(
        String.join(
            "\u001f",
            Long.toString(seq),
            recordedAt.toString(),
            clientId,
            channel.name(),
            operation,
            String.valueOf(messageId),
            String.valueOf(replayOf),
            outcome,
            Integer.toString(durationMs),
            String.valueOf(origin),
            Sha256.hex(String.valueOf(request)),
            Sha256.hex(String.valueOf(response)),
            prevHash));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  @Override
  public long getSeq() {
    return seq;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getClientId() {
    return clientId;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getOperation() {
    return operation;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getArgumentsSha256() {
    return argumentsSha256;
  }

  public Long getReplayOf() {
    return replayOf;
  }

  public String getOutcome() {
    return outcome;
  }

  public int getDurationMs() {
    return durationMs;
  }

  public String getOrigin() {
    return origin;
  }

  public String getRequest() {
    return request;
  }

  public String getResponse() {
    return response;
  }

  @Override
  public String getPrevHash() {
    return prevHash;
  }

  @Override
  public String getHash() {
    return hash;
  }
}
