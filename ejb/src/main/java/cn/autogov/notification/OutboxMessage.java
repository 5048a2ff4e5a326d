package cn.autogov.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A message to a person, written with the business transaction that caused it, delivered after
 * commit by the {@link OutboxDispatcher}: PENDING → SENDING (claimed by one member) → SENT; a
 * failed delivery goes back to PENDING with the next attempt later. Kept for administrators and
 * tests.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = "OutboxMessage.latest",
    query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(
    name = "OutboxMessage.due",
    query =
        "SELECT m.id FROM OutboxMessage m WHERE m.status = cn.autogov.notification.DeliveryStatus.PENDING"
            + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(
    name = "OutboxMessage.stale",
    query =
        "SELECT m FROM OutboxMessage m WHERE m.status = cn.autogov.notification.DeliveryStatus.SENDING"
            + " AND m.claimedAt < :before")
@NamedQuery(
    name = "OutboxMessage.dead",
    query =
        "SELECT m FROM OutboxMessage m WHERE m.status = cn.autogov.notification.DeliveryStatus.DEAD"
            + " ORDER BY m.id DESC")
@NamedQuery(
    name = "OutboxMessage.forAddress",
    query = "SELECT m FROM OutboxMessage m WHERE m.address = :address ORDER BY m.id DESC")
public class OutboxMessage {

  @Id
  @SequenceGenerator(
      name = "outbox_message_seq",
      sequenceName = "outbox_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Column(nullable = false, length = 254)
  private String address;

  @Column(nullable = false, length = 20000)
  private String text;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  @Column(name = "claimed_at")
  private LocalDateTime claimedAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "last_error", length = 300)
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(Channel channel, String address, String text, LocalDateTime createdAt) {
    this.channel = channel;
    this.address = address;
    this.text = text;
    this.createdAt = createdAt;
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = createdAt;
  }

  /** Takes the message for delivery; false when another member has it or it went out. */
  public boolean claim(LocalDateTime now) {
    if (status != DeliveryStatus.PENDING || nextAttemptAt.isAfter(now)) {
      return false;
    }
    status = DeliveryStatus.SENDING;
    attempts++;
    claimedAt = now;
    return true;
  }

  /** The provider took it. */
  public void delivered(LocalDateTime now) {
    if (status != DeliveryStatus.SENDING) {
      throw new IllegalStateException("message " + id + " is " + status);
    }
    status = DeliveryStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /**
   * The provider refused or was unreachable: try again later, waiting longer each time; after
   * {@code maxAttempts} a dead letter.
   */
  public void failed(LocalDateTime now, String error, int maxAttempts) {
    if (status != DeliveryStatus.SENDING) {
      throw new IllegalStateException("message " + id + " is " + status);
    }
    status = attempts >= maxAttempts ? DeliveryStatus.DEAD : DeliveryStatus.PENDING;
    nextAttemptAt = status == DeliveryStatus.DEAD ? null : now.plus(backoff(attempts));
    lastError = error == null ? null : error.substring(0, Math.min(300, error.length()));
  }

  /** An administrator sends a dead letter again: from a fresh count of attempts, now. */
  public void resend(LocalDateTime now) {
    if (status != DeliveryStatus.DEAD) {
      throw new cn.autogov.kernel.RefusedException("outbox.not-dead");
    }
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  /**
   * A member claimed it and never reported back (it stopped): delivered again, with the same
   * idempotency key, so a provider that got it the first time drops the repeat.
   */
  public void reclaimable() {
    if (status == DeliveryStatus.SENDING) {
      status = DeliveryStatus.PENDING;
      lastError = "no report from the member that claimed it at " + claimedAt;
    }
  }

  /** 5 s, 10 s, 20 s … at most 10 minutes between attempts. */
  static Duration backoff(int attempts) {
    long seconds = 5L << Math.min(Math.max(attempts - 1, 0), 7);
    return Duration.ofSeconds(Math.min(seconds, 600));
  }

  /** The key the provider deduplicates on. */
  public String idempotencyKey() {
    return "autogov-" + id;
  }

  public Long getId() {
    return id;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public String getText() {
    return text;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
