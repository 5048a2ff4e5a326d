package cn.autogov.audit.application;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.audit.domain.AuditEntry;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.audit.domain.AuditHead;
import cn.autogov.audit.domain.ChainCheck;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Appends to the audit trail and checks it. An append is its own transaction, so what was attempted
 * stays recorded when the business transaction rolls back (sign-ins, refusals, downloads), or, for
 * a filing's steps, part of the business transaction ({@link #recordWithin}); appends queue on the
 * head row, so numbers have no gaps.
 */
@Stateless
public class AuditTrail {

  private static final int BATCH = 2000;

  @PersistenceContext EntityManager em;

  @Inject Instance<RequestOrigin> origin;

  @Inject AuditSwitch auditSwitch;

  @jakarta.annotation.Resource jakarta.ejb.SessionContext context;

  /** Records one event; returns its number in the chain. */
  @PermitAll // called by the business beans, which check their callers
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long record(AuditEvent event) {
    return recordAll(List.of(event));
  }

  /**
   * Records events in the given order, numbered one after another (one lock on the head for all of
   * them); an event without an origin gets the current request's, or "system". Returns the number
   * of the last one.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long recordAll(List<AuditEvent> events) {
    return append(events);
  }

  /**
   * Records an event in the caller's transaction: written only if that transaction commits, and it
   * commits only if the event is written (a filing's steps: nothing in the trail that did not
   * happen, nothing that happened missing from it). Called just before the commit, so the head's
   * lock is held for the commit only.
   */
  @PermitAll // called by the business beans, which check their callers
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long recordWithin(AuditEvent event) {
    return append(List.of(event));
  }

  private long append(List<AuditEvent> events) {
    if (auditSwitch.isOff()) {
      return 0;
    }
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    LocalDateTime now = BusinessTime.now();
    String here = here();
    long last = head.getLastSeq();
    for (AuditEvent event : events) {
      AuditEntry entry = head.append(event.origin() == null ? event.from(here) : event, now);
      em.persist(entry);
      last = entry.getSeq();
    }
    return last;
  }

  private String here() {
    try {
      String address = origin.isResolvable() ? origin.get().address() : null;
      return address == null ? "system" : address;
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      return "system";
    }
  }

  /**
   * Records an administrative action by the caller (the EJB's caller principal), for services that
   * have no actor of their own at hand.
   */
  @PermitAll // called by the business beans, which check their callers
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long recordByCaller(String action, String subject, String before, String after) {
    var principal = context.getCallerPrincipal();
    String who = principal == null ? "system" : principal.getName();
    return recordAll(List.of(new AuditEvent(who, null, action, subject, null, before, after)));
  }

  /** 审计查询: newest first. */
  @RolesAllowed(ADMIN)
  public AuditPage search(AuditQuery q) {
    var entries =
        filtered(q, AuditEntry.class, "SELECT e", " ORDER BY e.seq DESC")
            .setFirstResult(q.page() * q.size())
            .setMaxResults(q.size())
            .getResultList()
            .stream()
            .map(AuditView::of)
            .toList();
    long total = filtered(q, Long.class, "SELECT COUNT(e)", "").getSingleResult();
    return new AuditPage(entries, total, q.page(), q.size());
  }

  /** For the export: up to {@code max} matching entries older than {@code beforeSeq}. */
  @RolesAllowed(ADMIN)
  public List<AuditView> exportBatch(AuditQuery q, long beforeSeq, int max) {
    return filtered(q, AuditEntry.class, "SELECT e", " AND e.seq < :before ORDER BY e.seq DESC")
        .setParameter("before", beforeSeq)
        .setMaxResults(Math.min(max, 5000))
        .getResultList()
        .stream()
        .map(AuditView::of)
        .toList();
  }

  /**
   * Everything recorded about one subject (a filing number), oldest first: the "who decided what,
   * and why" of a filing. Callers check that their caller may read the subject.
   */
  @PermitAll // the filing beans, after their access check
  public List<AuditView> about(String subject) {
    return em
        .createQuery(
            "SELECT e FROM AuditEntry e WHERE e.subject = :s ORDER BY e.seq", AuditEntry.class)
        .setParameter("s", subject)
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(AuditView::of)
        .toList();
  }

  private <T> jakarta.persistence.TypedQuery<T> filtered(
      AuditQuery q, Class<T> type, String select, String tail) {
    var where = new StringBuilder(" FROM AuditEntry e WHERE 1 = 1");
    if (q.actor() != null) {
      where.append(" AND e.actor = :actor");
    }
    if (q.action() != null) {
      where.append(" AND e.action LIKE :action");
    }
    if (q.subject() != null) {
      where.append(" AND e.subject = :subject");
    }
    if (q.from() != null) {
      where.append(" AND e.recordedAt >= :from");
    }
    if (q.to() != null) {
      where.append(" AND e.recordedAt < :to");
    }
    var query = em.createQuery(select + where + tail, type);
    if (q.actor() != null) {
      query.setParameter("actor", q.actor());
    }
    if (q.action() != null) {
      query.setParameter("action", q.action().replace("%", "").replace("_", "") + "%");
    }
    if (q.subject() != null) {
      query.setParameter("subject", q.subject());
    }
    if (q.from() != null) {
      query.setParameter("from", q.from().atStartOfDay());
    }
    if (q.to() != null) {
      query.setParameter("to", q.to().plusDays(1).atStartOfDay());
    }
    return query;
  }

  /**
   * Retention, first step: the chain starts at the first entry recorded at or after {@code cutoff};
   * the move is itself recorded. Returns the new first number (0: nothing to remove).
   */
  @PermitAll // the retention job
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long startAt(LocalDateTime cutoff) {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry first =
        em.createQuery(
                "SELECT e FROM AuditEntry e WHERE e.seq >= :first AND e.recordedAt >= :cutoff"
                    + " ORDER BY e.seq",
                AuditEntry.class)
            .setParameter("first", head.getFirstSeq())
            .setParameter("cutoff", cutoff)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (first == null || first.getSeq() == head.getFirstSeq()) {
      return 0;
    }
    long before = head.getFirstSeq();
    head.startAt(first);
    em.persist(
        head.append(
            new AuditEvent(
                "system",
                null,
                "audit.retention",
                "audit",
                "system",
                "first " + before,
                "first " + first.getSeq() + ", older than " + cutoff.toLocalDate() + " removed"),
            BusinessTime.now()));
    return first.getSeq();
  }

  /** Retention, second step: removes up to {@code max} entries before the chain's start. */
  @PermitAll // the retention job
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int removeBeforeStart(int max) {
    long first = em.find(AuditHead.class, AuditHead.ID).getFirstSeq();
    List<Long> seqs =
        em.createQuery(
                "SELECT e.seq FROM AuditEntry e WHERE e.seq < :first ORDER BY e.seq", Long.class)
            .setParameter("first", first)
            .setMaxResults(max)
            .getResultList();
    if (seqs.isEmpty()) {
      return 0;
    }
    return em.createQuery("DELETE FROM AuditEntry e WHERE e.seq >= :lo AND e.seq <= :hi")
        .setParameter("lo", seqs.get(0))
        .setParameter("hi", seqs.get(seqs.size() - 1))
        .executeUpdate();
  }

  /** Walks the whole chain up to the head read first (appends meanwhile are not checked). */
  @RolesAllowed(ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ChainCheck.Result verify() {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID);
    em.refresh(head);
    long lastSeq = head.getLastSeq();
    String lastHash = head.getLastHash();
    var check = head.check();
    long after = head.getFirstSeq() - 1;
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
