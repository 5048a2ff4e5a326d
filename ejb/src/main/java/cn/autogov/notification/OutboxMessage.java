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
import java.time.LocalDateTime;

/** A message the development gateway "sent": kept for administrators and tests to read. */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = "OutboxMessage.latest",
    query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
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

  @Column(nullable = false, length = 1000)
  private String text;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected OutboxMessage() {}

  public OutboxMessage(Channel channel, String address, String text, LocalDateTime createdAt) {
    this.channel = channel;
    this.address = address;
    this.text = text;
    this.createdAt = createdAt;
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

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
