package cn.autogov.notification;

import cn.autogov.access.CurrentCaller;
import cn.autogov.access.Role;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** 站内消息: the caller's own inbox; and where the business beans put messages. */
@Stateless
@RolesAllowed({
  Role.Names.REGISTERED,
  Role.Names.ENTERPRISE,
  Role.Names.AGENT,
  Role.Names.CERTIFICATION_CENTRE,
  Role.Names.COMMERCE_AUTHORITY,
  Role.Names.ISSUING_AUTHORITY,
  Role.Names.EKEY_PROVIDER,
  Role.Names.ADMIN
})
public class Inbox {

  @PersistenceContext EntityManager em;

  @jakarta.inject.Inject CurrentCaller caller;

  /** Puts a message into an account's inbox, with the business transaction. */
  @PermitAll // business beans, which decided who is told
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void put(Long accountId, Long filingId, String key, List<String> args) {
    em.persist(new InboxMessage(accountId, filingId, key, args, BusinessTime.now()));
  }

  public List<InboxView> mine(int max) {
    return em
        .createNamedQuery("InboxMessage.of", InboxMessage.class)
        .setParameter("account", caller.accountId())
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList()
        .stream()
        .map(InboxView::of)
        .toList();
  }

  public long unread() {
    return em.createNamedQuery("InboxMessage.unread", Long.class)
        .setParameter("account", caller.accountId())
        .getSingleResult();
  }

  /** Marks one of the caller's messages read; someone else's is "not found". */
  public InboxView read(Long id) {
    InboxMessage m = id == null ? null : em.find(InboxMessage.class, id);
    if (m == null || !m.getAccountId().equals(caller.accountId())) {
      throw RefusedException.notFound();
    }
    m.read(BusinessTime.now());
    return InboxView.of(m);
  }

  public int readAll() {
    return em.createNamedQuery("InboxMessage.readAll")
        .setParameter("now", BusinessTime.now())
        .setParameter("account", caller.accountId())
        .executeUpdate();
  }
}
