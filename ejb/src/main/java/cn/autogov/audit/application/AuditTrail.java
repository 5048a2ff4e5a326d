package cn.autogov.audit.application;

import static cn.autogov.identity.domain.Role.Names.ADMIN;

import cn.autogov.audit.domain.AuditEntry;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.audit.domain.AuditHead;
import cn.autogov.audit.domain.ChainCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Appends to the audit trail and checks it. Each append is its own transaction, so what was
 * attempted stays recorded when the business transaction rolls back; appends queue on the head row,
 * so numbers have no gaps.
 */
@Stateless
public class AuditTrail {

  private static final int BATCH = 2000;

  @PersistenceContext EntityManager em;

  /** Records one event; returns its number in the chain. */
  @PermitAll // called by the business beans, which check their callers
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long record(AuditEvent event) {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry entry = head.append(event, LocalDateTime.now());
    em.persist(entry);
    return entry.getSeq();
  }

  /** Walks the whole chain up to the head read first (appends meanwhile are not checked). */
  @RolesAllowed(ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ChainCheck.Result verify() {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID);
    em.refresh(head);
    long lastSeq = head.getLastSeq();
    String lastHash = head.getLastHash();
    var check = new ChainCheck();
    long after = 0;
    while (true) {
      List<AuditEntry> batch =
          em.createQuery(
                  "SELECT e FROM AuditEntry e WHERE e.seq > :after AND e.seq <= :last ORDER BY e.seq",
                  AuditEntry.class)
              .setParameter("after", after)
              .setParameter("last", lastSeq)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditEntry e : batch) {
        if (!check.next(e)) {
          return check.end(lastSeq, lastHash);
        }
        after = e.getSeq();
      }
      em.clear();
      if (batch.size() < BATCH) {
        return check.end(lastSeq, lastHash);
      }
    }
  }
}
