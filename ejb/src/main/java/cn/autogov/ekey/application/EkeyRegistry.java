package cn.autogov.ekey.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.identity.application.ClientCertificates;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The enterprises' e-keys by their user names, and what becomes of them outside production: 解锁
 * counted, 注销 revoking the certificate (on the CRL, and no longer signing anybody in).
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT, ISSUING_AUTHORITY, EKEY_PROVIDER})
public class EkeyRegistry {

  @PersistenceContext EntityManager em;

  @EJB ClientCertificates certificates;

  @EJB cn.autogov.identity.application.Actors actors;

  @EJB cn.autogov.audit.application.AuditTrail audit;

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

  /**
   * The keys whose certificate carries a code, or carried it before 企业代码变更 (a key is still found by
   * its old 13-digit code): for the provider.
   */
  @RolesAllowed(EKEY_PROVIDER)
  public List<KeyView> withCode(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    return em.createNamedQuery("Ekey.withCode", Ekey.class)
        .setParameter("code", c)
        .setMaxResults(100)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /** The keys of the caller's enterprise. */
  @RolesAllowed({ENTERPRISE, AGENT})
  public List<KeyView> mine() {
    Long enterprise = actors.current().enterpriseId();
    return ofEnterprise(enterprise).stream().map(this::view).toList();
  }

  /**
   * The current certificate of a key, in PEM: for its own enterprise, and for the provider; null
   * when the caller may not see it (as if there were none).
   */
  public String certificateOf(String userName) {
    Ekey k =
        byUserName(userName == null ? "" : userName.strip().toUpperCase(java.util.Locale.ROOT));
    var a = actors.current();
    boolean mayRead =
        k != null
            && (a.role() == cn.autogov.access.Role.EKEY_PROVIDER
                || k.getEnterpriseId().equals(a.enterpriseId()));
    if (!mayRead || k.getCurrentSerial() == null) {
      throw RefusedException.notFound();
    }
    return em.find(EkeyCertificate.class, k.getCurrentSerial()).getPem();
  }

  private KeyView view(Ekey k) {
    return KeyView.of(
        k,
        k.getCurrentSerial() == null ? null : em.find(EkeyCertificate.class, k.getCurrentSerial()));
  }

  /**
   * The key in use of the enterprise whose current, unrevoked certificate signed the caller's
   * session in (更新 is applied for from the key's own session); null for a password session, or
   * another key.
   */
  public Ekey signedInKey(Long enterpriseId) {
    String fp = cn.autogov.identity.session.SessionCertificate.current();
    if (fp == null) {
      return null;
    }
    return em.createNamedQuery("EkeyCertificate.byFingerprint", EkeyCertificate.class)
        .setParameter("fingerprint", fp)
        .getResultStream()
        .filter(c -> c.getRevokedAt() == null)
        .map(c -> em.find(Ekey.class, c.getEkeyId()))
        .filter(k -> k.inUse() && k.getEnterpriseId().equals(enterpriseId))
        .filter(k -> fpMatchesCurrent(k, fp))
        .findFirst()
        .orElse(null);
  }

  private boolean fpMatchesCurrent(Ekey k, String fp) {
    EkeyCertificate current = em.find(EkeyCertificate.class, k.getCurrentSerial());
    return current != null && current.getFingerprint().equals(fp);
  }

  /** 解锁: the provider unlocked the token; the certificate stays. */
  @RolesAllowed(EKEY_PROVIDER)
  public void unlock(String userName) {
    locked(userName).unlock(BusinessTime.now());
    audit.recordByCaller("ekey.unlocked", userName, null, null);
  }

  /** 注销: the key ends; its certificate is revoked (cessationOfOperation). */
  @RolesAllowed(EKEY_PROVIDER)
  public void revoke(String userName, Long filingId) {
    String serial = locked(userName).revoke(BusinessTime.now());
    revokeCertificate(serial, EkeyCertificate.CESSATION_OF_OPERATION);
    audit.recordByCaller("ekey.revoked", userName, null, "filing " + filingId);
  }

  /** Revokes one certificate: listed on the CRL, and the e-key login refuses it. */
  @RolesAllowed(EKEY_PROVIDER)
  public void revokeCertificate(String serial, int reason) {
    if (serial == null) {
      return;
    }
    EkeyCertificate c = em.find(EkeyCertificate.class, serial, LockModeType.PESSIMISTIC_WRITE);
    if (c != null && c.revoke(reason, BusinessTime.now())) {
      certificates.revoke(c.getFingerprint());
    }
  }

  /** The key, locked for a change; refused when no key has the name. */
  @RolesAllowed(EKEY_PROVIDER)
  public Ekey locked(String userName) {
    Ekey k = byUserName(userName);
    if (k == null) {
      throw new RefusedException("ekey.user-name-unknown", "userName", userName);
    }
    em.lock(k, LockModeType.PESSIMISTIC_WRITE);
    return k;
  }
}
