package cn.autogov.notification;

import cn.autogov.access.Role;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the development gateway has "sent": administrators read it in the portal. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Outbox {

  @PersistenceContext EntityManager em;

  @jakarta.ejb.EJB cn.autogov.audit.application.AuditTrail audit;

  /** 死信: what was given up after the last attempt, newest first. */
  public List<OutboxView> dead(int max) {
    return em.createNamedQuery("OutboxMessage.dead", OutboxMessage.class)
        .setMaxResults(Math.min(max, 500))
        .getResultStream()
        .map(OutboxView::of)
        .toList();
  }

  /** Sends a dead letter again (the dispatcher's timer takes it within seconds). */
  public OutboxView resend(long id) {
    OutboxMessage m =
        em.find(OutboxMessage.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (m == null) {
      throw cn.autogov.kernel.RefusedException.notFound();
    }
    m.resend(BusinessTime.now());
    audit.recordByCaller(
        "outbox.resent", "outbox-" + id, m.getChannel() + " " + m.getAddress(), null);
    return OutboxView.of(m);
  }

  /** The latest messages, newest first. */
  public List<OutboxView> latest(int max) {
    return em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class)
        .setMaxResults(Math.min(max, 500))
        .getResultStream()
        .map(OutboxView::of)
        .toList();
  }
}
