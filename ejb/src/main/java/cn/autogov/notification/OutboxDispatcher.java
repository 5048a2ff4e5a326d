package cn.autogov.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands due outbox messages to the {@link MessageSender}: right after the transaction that wrote
 * them commits, and on the {@link OutboxJobs} timer for retries. A message is claimed before it is
 * handed over and marked sent after, so two members never send the same one; a failure waits for
 * the next attempt.
 */
@Stateless
@PermitAll // started by commits and the timer; sends only what is already in the outbox
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  private static final int BATCH = 100;

  @EJB OutboxStore store;

  @Inject MessageSender sender;

  @Inject PartnerSender partners;

  /** After a commit that queued messages: deliver them without holding up the user's request. */
  @Asynchronous
  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
    dispatch();
  }

  /** Delivers what is due; returns how many went out. */
  public int dispatch() {
    int sent = 0;
    while (true) {
      var due = store.due(BATCH);
      int round = 0;
      for (long id : due) {
        var claimed = store.claim(id);
        if (claimed.isEmpty()) {
          continue; // another member has it, or it went out
        }
        var m = claimed.get();
        try {
          if (m.channel() == Channel.PARTNER) {
            partners.deliver(m.key(), m.address(), m.text());
          } else {
            sender.deliver(m.key(), m.channel(), m.address(), m.text());
          }
        } catch (Exception e) {
          LOG.log(Level.WARNING, () -> "Delivery of " + m.key() + " failed: " + e);
          store.failed(id, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
          continue;
        }
        store.delivered(id);
        round++;
      }
      sent += round;
      if (due.size() < BATCH || round == 0) {
        return sent;
      }
    }
  }
}
