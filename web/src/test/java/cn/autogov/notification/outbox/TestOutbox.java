package cn.autogov.notification.outbox;

import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import cn.autogov.notification.OutboxDispatcher;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Deployed with the outbox test only: business transactions that send, and what the outbox holds.
 */
@Stateless
@PermitAll
public class TestOutbox {

  @PersistenceContext EntityManager em;

  @Inject MessageGateway gateway;

  @EJB OutboxDispatcher dispatcher;

  /** One business transaction that sends one SMS. */
  public void send(String address, String text) {
    gateway.send(Channel.SMS, address, text);
  }

  /** A business transaction that sends, then fails: nothing may go out. */
  public void sendThenFail(String address, String text) {
    gateway.send(Channel.SMS, address, text);
    throw new IllegalStateException("the business transaction fails after sending");
  }

  public int dispatch() {
    return dispatcher.dispatch();
  }

  /** [key, status, attempts, last error] of each message to the address. */
  public List<Object[]> state(String address) {
    return em.createQuery(
            "SELECT m.id, m.status, m.attempts, m.lastError FROM OutboxMessage m"
                + " WHERE m.address = :a ORDER BY m.id",
            Object[].class)
        .setParameter("a", address)
        .getResultList();
  }
}
