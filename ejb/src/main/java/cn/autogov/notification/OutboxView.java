package cn.autogov.notification;

import java.time.LocalDateTime;

/** A message in the outbox as administrators read it (the portal's outbox page, REST). */
public record OutboxView(
    long id,
    Channel channel,
    String address,
    String text,
    DeliveryStatus status,
    int attempts,
    LocalDateTime sentAt,
    String lastError,
    LocalDateTime createdAt) {

  static OutboxView of(OutboxMessage m) {
    return new OutboxView(
        m.getId(),
        m.getChannel(),
        m.getAddress(),
        m.getText(),
        m.getStatus(),
        m.getAttempts(),
        m.getSentAt(),
        m.getLastError(),
        m.getCreatedAt());
  }
}
