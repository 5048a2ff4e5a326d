package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * Accounts opened for someone, in the caller's transaction (the caller established who may): staff
 * by administrators, a sub-enterprise's or a new manufacturer's on the approval of its filing. A
 * new account's one-time password goes by SMS to its own number (nobody else sees it) and must be
 * changed at first sign-in.
 */
@Dependent
public class NewAccounts {

  @PersistenceContext EntityManager em;

  @Inject MessageGateway gateway;

  /** Problems with a login name for a new account, under the field {@code loginName}. */
  public String checkLoginName(Checks checks, String typed) {
    return AccountService.newLoginName(checks, typed, em);
  }

  /**
   * Checks and persists a new account with a random password (replaced by {@link
   * #sendOneTimePassword}); null when {@code checks} found problems.
   */
  public UserAccount create(
      Checks checks, String loginName, String displayName, Role role, String mobile, String email) {
    return create(checks, loginName, displayName, role, mobile, email, true);
  }

  /**
   * The same with the email optional: an account a filing asks for gives a mobile number only (the
   * seed asks no email of a sub-enterprise or a new manufacturer).
   */
  public UserAccount create(
      Checks checks,
      String loginName,
      String displayName,
      Role role,
      String mobile,
      String email,
      boolean emailRequired) {
    String login = checkLoginName(checks, loginName);
    checks.present("role", role);
    String m = checks.identifier("mobile", IdentifierKind.MOBILE, mobile);
    String e =
        emailRequired || email != null
            ? checks.identifier("email", IdentifierKind.EMAIL, email)
            : null;
    if (!checks.ok()) {
      return null;
    }
    var a =
        UserAccount.create(
                login, displayName, role, SecretFiles.generatePassword(), true, BusinessTime.now())
            .withContact(e, m);
    em.persist(a);
    em.flush();
    return a;
  }

  /**
   * An account its holder opens with a password of its own (a used-car business registering itself,
   * seed 003 §2.1.2), under a login name the platform chose (the credit code or the licence number:
   * its own rules, not those of a typed name); null when {@code checks} found problems. The mobile
   * number must have been proven by an SMS code already.
   */
  public UserAccount createOwn(
      Checks checks,
      String loginName,
      String displayName,
      Role role,
      String password,
      String confirmation,
      String mobile) {
    if (!em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
        .setParameter("loginName", UserAccount.normaliseLoginName(loginName))
        .getResultList()
        .isEmpty()) {
      checks.add("loginName", "account.login-name-taken");
    }
    checkPassword(checks, password, confirmation, loginName);
    if (!checks.ok()) {
      return null;
    }
    var a =
        UserAccount.create(loginName, displayName, role, password, false, BusinessTime.now())
            .withContact(null, mobile);
    em.persist(a);
    em.flush();
    return a;
  }

  /** The platform's password rules, and the confirmation the same, under those two fields. */
  public static void checkPassword(
      Checks checks, String password, String confirmation, String loginName) {
    if (checks.required("password", password) != null) {
      cn.autogov.identity.domain.PasswordPolicy.check(password, loginName == null ? "" : loginName)
          .forEach(p -> checks.add("password", p.key()));
    }
    if (password != null && !password.equals(confirmation)) {
      checks.add("confirmation", "account.confirmation-differs");
    }
  }

  /** Sets a one-time password and sends it to the account's own mobile number. */
  public void sendOneTimePassword(UserAccount a) {
    String password = SecretFiles.generatePassword();
    a.oneTimePassword(password);
    gateway.send(
        Channel.SMS,
        a.getMobile(),
        DomainText.message(
            "sms.staff-account-opened", Map.of("login", a.getLoginName(), "password", password)));
  }
}
