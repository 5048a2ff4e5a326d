package cn.autogov.ekey.application;

import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.identity.application.CertificateBindings;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The keys by their user names and what becomes of them outside production — 解锁 counted, 注销 and
 * replaced keys revoking their certificates (on the CRL, no longer signing anybody in) — for the
 * e-key beans, whose callers established who acts: the provider's operator in the portal, or the
 * provider's system through the exchange. {@code by} is who the audit trail names.
 */
@Dependent
public class KeyRecords {

  @PersistenceContext EntityManager em;

  @Inject CertificateBindings bindings;

  @EJB AuditTrail audit;

  /** The key of that user name, in use or revoked; null when none has it. */
  public Ekey byUserName(String userName) {
    return em.createNamedQuery("Ekey.byUserName", Ekey.class)
        .setParameter("name", userName)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public List<Ekey> ofEnterprise(Long enterpriseId) {
    return em.createNamedQuery("Ekey.ofEnterprise", Ekey.class)
        .setParameter("enterprise", enterpriseId)
        .getResultList();
  }

  /** The key, locked for a change; refused when no key has the name. */
  public Ekey locked(String userName) {
    Ekey k = byUserName(userName);
    if (k == null) {
      throw new RefusedException("ekey.user-name-unknown", "userName", userName);
    }
    em.lock(k, LockModeType.PESSIMISTIC_WRITE);
    return k;
  }

  /** 解锁: the provider unlocked the token; the certificate stays. */
  public void unlock(String userName, String by) {
    locked(userName).unlock(BusinessTime.now());
    audit.record(new AuditEvent(by, null, "ekey.unlocked", userName, null, null, null));
  }

  /** 注销: the key ends; its certificate is revoked (cessationOfOperation). */
  public void revoke(String userName, Long filingId, String by) {
    String serial = locked(userName).revoke(BusinessTime.now());
    revokeCertificate(serial, EkeyCertificate.CESSATION_OF_OPERATION, by);
    audit.record(
        new AuditEvent(by, null, "ekey.revoked", userName, null, null, "filing " + filingId));
  }

  /** Revokes one certificate: listed on the CRL, and the e-key login refuses it. */
  public void revokeCertificate(String serial, int reason, String by) {
    if (serial == null) {
      return;
    }
    EkeyCertificate c = em.find(EkeyCertificate.class, serial, LockModeType.PESSIMISTIC_WRITE);
    if (c != null && c.revoke(reason, BusinessTime.now())) {
      bindings.revoke(c.getFingerprint(), by);
    }
  }
}
