package cn.autogov.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * The default gateway: stores the message in the outbox table (in the caller's transaction) instead
 * of sending.
 */
@ApplicationScoped
public class OutboxGateway implements MessageGateway {

  private static final Logger LOG = Logger.getLogger(OutboxGateway.class.getName());

  @PersistenceContext EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void send(Channel channel, String address, String text) {
    em.persist(new OutboxMessage(channel, address, text, LocalDateTime.now()));
    LOG.info(() -> channel + " to " + mask(address) + " written to the outbox");
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
