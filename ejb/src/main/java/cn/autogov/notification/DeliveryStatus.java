package cn.autogov.notification;

/** Where an outbox message is on its way to the provider. */
public enum DeliveryStatus {
  PENDING,
  SENDING,
  SENT
}
