package cn.autogov.audit;

import cn.autogov.audit.application.AuditRetention;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Deployed with the tests only: audit appends, a failing business transaction, tampering. */
@Stateless
@PermitAll
public class TestAudit {

  @PersistenceContext EntityManager em;

  @EJB AuditTrail audit;

  @EJB AuditRetention retention;

  public long record(String actor, String subject) {
    return audit.record(AuditEvent.of(actor, "it.event", subject));
  }

  /** A business transaction that records what it attempts, then fails and rolls back. */
  public void failAfterRecording(String subject) {
    audit.record(AuditEvent.of("it-user", "it.attempt", subject));
    em.createNativeQuery("UPDATE audit_head SET last_seq = last_seq WHERE id = 1").executeUpdate();
    throw new IllegalStateException("the business transaction fails");
  }

  public long count(String subject) {
    return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.subject = :s", Long.class)
        .setParameter("s", subject)
        .getSingleResult();
  }

  /** Retention as the daily job runs it, with the cutoff given. */
  public String removeOlderThan(java.time.LocalDateTime cutoff) {
    return retention.removeOlderThan(cutoff);
  }

  /** Where the kept chain starts. */
  public long first() {
    return ((Number)
            em.createNativeQuery("SELECT first_seq FROM audit_head WHERE id = 1").getSingleResult())
        .longValue();
  }

  public long head() {
    return ((Number)
            em.createNativeQuery("SELECT last_seq FROM audit_head WHERE id = 1").getSingleResult())
        .longValue();
  }

  /** Runs SQL as someone with database access would, behind the platform's back. */
  public int tamper(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.executeUpdate();
  }

  /** The row as it is stored, to put it back after a test deleted it. */
  public Object[] row(long seq) {
    return (Object[])
        em.createNativeQuery(
                "SELECT seq, recorded_at, actor, acting_for, action, subject, origin, before_value,"
                    + " after_value, prev_hash, hash FROM audit_entry WHERE seq = ?")
            .setParameter(1, seq)
            .getSingleResult();
  }
}
