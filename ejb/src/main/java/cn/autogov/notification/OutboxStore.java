package cn.autogov.notification;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's steps, each in its own short transaction, so a delivery (which may take seconds)
 * never holds a lock: find what is due, claim one, report how it went.
 */
@Stateless
@PermitAll // the dispatcher's steps; no caller reaches them
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

  /** A claim older than this had a member stop before reporting: delivered again. */
  static final Duration STALE = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;

  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "autogov.outbox.max-attempts",
      defaultValue = "10")
  int maxAttempts;

  public List<Long> due(int max) {
    LocalDateTime now = BusinessTime.now();
    em.createNamedQuery("OutboxMessage.stale", OutboxMessage.class)
        .setParameter("before", now.minus(STALE))
        .getResultList()
        .forEach(OutboxMessage::reclaimable);
    em.flush();
    return em.createNamedQuery("OutboxMessage.due", Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** The message, if this member got it (the row lock makes two members take turns). */
  public Optional<Claimed> claim(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (m == null || !m.claim(BusinessTime.now())) {
      return Optional.empty();
    }
    return Optional.of(
        new Claimed(id, m.idempotencyKey(), m.getChannel(), m.getAddress(), m.getText()));
  }

  public void delivered(long id) {
    em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE).delivered(BusinessTime.now());
  }

  public void failed(long id, String error) {
    em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE)
        .failed(BusinessTime.now(), error, Math.max(1, maxAttempts));
  }

  /** A claimed message, as the provider gets it. */
  public record Claimed(long id, String key, Channel channel, String address, String text) {}
}
