package cn.autogov.notification;

/**
 * Sends one message. Implementations: {@link OutboxGateway} (default: development, demo, tests)
 * and, in production, an adapter to the SMS/mail provider, selected as a CDI alternative ({@code
 * <alternatives>} in a beans.xml of the adapter's jar, or {@code @Alternative @Priority}).
 */
public interface MessageGateway {

  void send(Channel channel, String address, String text);
}
