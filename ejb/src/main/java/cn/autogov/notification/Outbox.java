package cn.autogov.notification;

import cn.autogov.identity.domain.Role;
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

  public List<OutboxMessage> latest(int max) {
    return em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class)
        .setMaxResults(Math.min(max, 500))
        .getResultList();
  }
}
