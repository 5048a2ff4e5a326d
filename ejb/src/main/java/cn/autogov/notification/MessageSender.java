package cn.autogov.notification;

/**
 * The edge to the SMS and mail providers, which the platform does not own. Called after commit,
 * once per claimed outbox message, with the message's idempotency key: a provider adapter passes it
 * on (the providers' "外部流水号"/"out id"), so a repeat after a crash is dropped there. Throwing means
 * "not taken": the message is tried again later.
 *
 * <p>The default, {@link LoggingSender}, only logs (development and demo: the messages are read in
 * the outbox page); a production adapter is a CDI alternative ({@code @Alternative @Priority}).
 */
public interface MessageSender {

  void deliver(String idempotencyKey, Channel channel, String address, String text)
      throws Exception;
}
