package cn.autogov.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** Development and demo: nothing leaves the platform; the outbox page shows what would have. */
@ApplicationScoped
public class LoggingSender implements MessageSender {

  private static final Logger LOG = Logger.getLogger(LoggingSender.class.getName());

  @Override
  public void deliver(String key, Channel channel, String address, String text) {
    LOG.info(() -> channel + " " + key + " to " + OutboxGateway.mask(address) + " delivered");
  }
}
