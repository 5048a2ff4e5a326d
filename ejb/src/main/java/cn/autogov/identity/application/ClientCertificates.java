package cn.autogov.identity.application;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;

import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The e-key login seam: certificates bound to accounts. The e-key business (#, seed 004) binds a
 * certificate when the key is produced and revokes it at 注销; until then administrators and the
 * e-key provider can bind one by hand.
 */
@Stateless
@RolesAllowed({ADMIN, EKEY_PROVIDER})
public class ClientCertificates {

  @PersistenceContext EntityManager em;

  @jakarta.inject.Inject CertificateBindings bindings;

  @jakarta.annotation.Resource jakarta.ejb.SessionContext context;

  /** Binds a certificate to an account (by login name); a fingerprint can stand for one only. */
  public String bind(String loginName, X509Certificate certificate) {
    UserAccount a =
        em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
            .setParameter("loginName", UserAccount.normaliseLoginName(loginName))
            .getResultStream()
            .findFirst()
            .orElseThrow(RefusedException::notFound);
    return bindings.bind(a, certificate, caller());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  public void revoke(String fingerprint) {
    bindings.revoke(fingerprint, caller());
  }

  /** The account a valid, bound, unrevoked certificate stands for. */
  @PermitAll
  public Optional<UserAccount> accountFor(X509Certificate certificate, LocalDateTime now) {
    if (certificate == null) {
      return Optional.empty();
    }
    return find(fingerprint(certificate))
        .filter(c -> c.validAt(now))
        .map(c -> em.find(UserAccount.class, c.getAccountId()));
  }

  /**
   * Whether the caller's account holds a valid, unrevoked e-key (CA) certificate: without one an
   * enterprise may file the used-car export filing but not apply for export licences (seed 001 §2).
   */
  @PermitAll // anyone may ask about themselves; nobody signed in holds none
  public boolean callerHoldsCertificate() {
    var principal = context.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    if (name == null || "ANONYMOUS".equals(name)) {
      return false;
    }
    Long account =
        em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
            .setParameter("loginName", UserAccount.normaliseLoginName(name))
            .getResultStream()
            .findFirst()
            .map(UserAccount::getId)
            .orElse(null);
    return account != null
        && em.createNamedQuery("ClientCertificate.validOfAccount", Long.class)
                .setParameter("account", account)
                .setParameter("now", BusinessTime.now())
                .getSingleResult()
            > 0;
  }

  private Optional<ClientCertificate> find(String fingerprint) {
    return bindings.find(fingerprint);
  }

  public static String fingerprint(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
