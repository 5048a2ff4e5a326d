package cn.autogov.identity.application;

import static cn.autogov.identity.domain.Role.Names.ADMIN;
import static cn.autogov.identity.domain.Role.Names.AGENT;
import static cn.autogov.identity.domain.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.identity.domain.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.identity.domain.Role.Names.EKEY_PROVIDER;
import static cn.autogov.identity.domain.Role.Names.ENTERPRISE;
import static cn.autogov.identity.domain.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.domain.UserAccount.LoginOutcome;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Logins and the caller's own account. Every method needs a signed-in caller of any role, but
 * login.
 */
@Stateless
@RolesAllowed({
  ENTERPRISE,
  AGENT,
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN
})
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  /** Checks a login; failed attempts are recorded (and lock the account) even though they fail. */
  @PermitAll
  public LoginResult login(String loginName, String password) {
    Optional<UserAccount> found = find(loginName, LockModeType.PESSIMISTIC_WRITE);
    if (found.isEmpty()) {
      // Same work as a real check, so response time does not reveal which login names exist.
      UserAccount.create("-", "-", null, "-", false, LocalDateTime.now());
      LOG.info(() -> "Login refused: unknown login name");
      return LoginResult.failed(LoginOutcome.WRONG_CREDENTIALS);
    }
    UserAccount account = found.get();
    LoginOutcome outcome = account.attemptLogin(password, LocalDateTime.now());
    LOG.info(() -> "Login of " + account.getLoginName() + ": " + outcome);
    return outcome == LoginOutcome.SUCCESS
        ? new LoginResult(outcome, Optional.of(AccountView.of(account)))
        : LoginResult.failed(outcome);
  }

  /** The caller's own account. */
  public AccountView currentAccount() {
    return AccountView.of(caller());
  }

  /** Changes the caller's own password; refused with every broken rule named. */
  public AccountView changeOwnPassword(String currentPassword, String newPassword) {
    UserAccount account = caller();
    account.changePassword(currentPassword, newPassword, LocalDateTime.now());
    LOG.info(() -> "Password changed by " + account.getLoginName());
    return AccountView.of(account);
  }

  private UserAccount caller() {
    String name = context.getCallerPrincipal().getName();
    return find(name, LockModeType.NONE)
        .orElseThrow(() -> new IllegalStateException("no account for caller " + name));
  }

  private Optional<UserAccount> find(String loginName, LockModeType lock) {
    if (loginName == null || loginName.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
        .setParameter("loginName", UserAccount.normaliseLoginName(loginName))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
