package cn.autogov.identity.application;

import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Certificates bound to accounts for the e-key login, for callers that established who acts: the
 * administrators' and the provider's {@link ClientCertificates}, and the e-key issuance (in the
 * portal, or the provider's system through the exchange). {@code by} is who the audit trail names.
 */
@Dependent
public class CertificateBindings {

  @PersistenceContext EntityManager em;

  @EJB AuditTrail audit;

  /** Binds a certificate to an account; a fingerprint can stand for one only. */
  public String bind(UserAccount a, X509Certificate certificate, String by) {
    String fp = ClientCertificates.fingerprint(certificate);
    if (find(fp).isPresent()) {
      throw new RefusedException("certificate.already-bound");
    }
    em.persist(ClientCertificate.of(a.getId(), certificate));
    audit.record(
        new AuditEvent(
            by, null, "client-certificate.bound", a.getLoginName(), null, null, "sha256:" + fp));
    return fp;
  }

  /** Binds a certificate the e-key CA issued to the account it stands for. */
  public String bindToAccount(Long accountId, X509Certificate certificate, String by) {
    UserAccount a = em.find(UserAccount.class, accountId);
    if (a == null) {
      throw RefusedException.notFound();
    }
    return bind(a, certificate, by);
  }

  /** The e-key login refuses the certificate from now on. */
  public void revoke(String fingerprint, String by) {
    find(fingerprint).orElseThrow(RefusedException::notFound).revoke(BusinessTime.now());
    audit.record(
        new AuditEvent(by, null, "client-certificate.revoked", fingerprint, null, null, null));
  }

  Optional<ClientCertificate> find(String fingerprint) {
    return em.createNamedQuery("ClientCertificate.byFingerprint", ClientCertificate.class)
        .setParameter("fingerprint", fingerprint)
        .getResultStream()
        .findFirst();
  }
}
