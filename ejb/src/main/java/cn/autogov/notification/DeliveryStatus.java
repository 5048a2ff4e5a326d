package cn.autogov.notification;

/** Where an outbox message is on its way to the provider. */
public enum DeliveryStatus {
  PENDING,
  SENDING,
  SENT,
  /** given up after the last attempt: a dead letter, waiting for an administrator to resend it */
  DEAD
}
