package cn.autogov.notification;

import cn.autogov.kernel.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Writes the message to the outbox table in the caller's transaction: it goes out only if that
 * transaction commits, and then right away (the {@link OutboxDispatcher} is started after commit;
 * its timer retries whatever a provider refused).
 */
@ApplicationScoped
public class OutboxGateway implements MessageGateway {

  private static final Logger LOG = Logger.getLogger(OutboxGateway.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Event<MessageQueued> queued;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void send(Channel channel, String address, String text) {
    em.persist(new OutboxMessage(channel, address, text, BusinessTime.now()));
    queued.fire(new MessageQueued());
    LOG.fine(() -> channel + " to " + mask(address) + " written to the outbox");
  }

  /** Logs never carry a whole phone number or address. */
  static String mask(String address) {
    int at = address.indexOf('@');
    if (at > 0) {
      return address.charAt(0) + "***" + address.substring(at);
    }
    return address.length() > 7
        ? address.substring(0, 3) + "****" + address.substring(address.length() - 4)
        : "****";
  }
}
