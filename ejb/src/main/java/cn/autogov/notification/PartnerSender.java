package cn.autogov.notification;

/**
 * Delivers an outbox message to a partner system (channel PARTNER): the system exchange's HTTP
 * client. Throwing means "not taken": the outbox tries again later, and after its last attempt
 * keeps the message as a dead letter for an administrator to resend.
 */
public interface PartnerSender {

  void deliver(String idempotencyKey, String clientId, String json) throws Exception;
}
