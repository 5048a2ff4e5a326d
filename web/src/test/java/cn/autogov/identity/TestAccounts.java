package cn.autogov.identity;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Deployed with the tests only: a fresh account per test, so reruns on a kept database start clean.
 */
@Stateless
public class TestAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  /** A login name and the mobile number bound to it. */
  public record Created(String login, String mobile) {}

  public String create(Role role, String password) {
    String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
    em.persist(UserAccount.create(login, "测试账号", role, password, false, BusinessTime.now()));
    return login;
  }

  public Created createWithMobile(Role role, String password) {
    String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String mobile = "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    em.persist(
        UserAccount.create(login, "测试账号", role, password, false, BusinessTime.now())
            .withContact(login + "@it.autogov.invalid", mobile));
    return new Created(login, mobile);
  }

  /** Binds a certificate to an account, as the e-key business will when it issues keys. */
  public void bindCertificate(String login, java.security.cert.X509Certificate cert) {
    UserAccount a =
        em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
            .setParameter("loginName", login)
            .getSingleResult();
    var zone = BusinessTime.zone();
    em.persist(
        cn.autogov.identity.application.ClientCertificate.bind(
            a.getId(),
            cn.autogov.identity.application.ClientCertificates.fingerprint(cert),
            cert.getSubjectX500Principal().getName(),
            cert.getSerialNumber().toString(16),
            LocalDateTime.ofInstant(cert.getNotBefore().toInstant(), zone),
            LocalDateTime.ofInstant(cert.getNotAfter().toInstant(), zone)));
  }
}
