package cn.autogov.ekey.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.ekey.domain.RevocationReason;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The enterprises' e-keys as their holders and the provider's operators read them: the caller's own
 * keys, a key found by its code (or its code before 企业代码变更), a key's current certificate. What
 * becomes of keys is {@link KeyRecords}'.
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT, ISSUING_AUTHORITY, EKEY_PROVIDER})
public class EkeyRegistry {

  @PersistenceContext EntityManager em;

  @Inject KeyRecords records;

  @EJB cn.autogov.identity.application.Actors actors;

  /** The key of that user name, in use or revoked; null when none has it. */
  public Ekey byUserName(String userName) {
    return records.byUserName(userName);
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

  /**
   * 电子钥匙查询 for the provider: the key of a user name, or the keys whose certificate carries a code
   * (or carried it before 企业代码变更).
   */
  @RolesAllowed(EKEY_PROVIDER)
  public List<KeyView> search(String query) {
    String q = query == null ? "" : query.strip().toUpperCase(java.util.Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    if (q.matches("[A-Z]{1,8}")) {
      Ekey k = records.byUserName(q);
      return k == null ? List.of() : List.of(view(k));
    }
    return withCode(q);
  }

  /**
   * Revokes a key's current certificate at once (a token lost, broken or compromised), for the
   * provider's operator: on the CRL and by OCSP, refused by the e-key login. The key stays for its
   * enterprise's 补办 or 更新.
   */
  @RolesAllowed(EKEY_PROVIDER)
  public KeyView revokeCurrent(String userName, String reason) {
    var checks = new cn.autogov.kernel.Checks();
    checks.present("revocationReason", reason == null || reason.isBlank() ? null : reason);
    checks.throwIfAny();
    Ekey k = records.locked(userName == null ? "" : userName.strip());
    if (k.getCurrentSerial() == null) {
      throw new RefusedException("ekey.no-certificate", "userName", k.getUserName());
    }
    EkeyCertificate current = em.find(EkeyCertificate.class, k.getCurrentSerial());
    if (current.getRevokedAt() != null) {
      throw new RefusedException(
          "ekey.certificate-revoked", "userName", k.getUserName(), "at", current.getRevokedAt());
    }
    records.revokeCertificate(
        k.getCurrentSerial(), RevocationReason.of(reason).code(), actors.current().loginName());
    return view(k);
  }

  /** The keys of the caller's enterprise. */
  @RolesAllowed({ENTERPRISE, AGENT})
  public List<KeyView> mine() {
    Long enterprise = actors.current().enterpriseId();
    return records.ofEnterprise(enterprise).stream().map(this::view).toList();
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
}
