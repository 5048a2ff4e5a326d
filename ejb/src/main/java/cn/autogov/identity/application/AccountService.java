package cn.autogov.identity.application;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Role;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.identity.domain.LoginOutcome;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.session.AccountSession;
import cn.autogov.identity.session.SessionRequest;
import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.Problem;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.notification.Channel;
import cn.autogov.platform.PlatformSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Registration, login (password, then the SMS code sent to the bound mobile number) and the
 * caller's own account. Login is by login name, credit code (legal-person accounts) or ID number
 * (natural persons).
 */
@Stateless
@RolesAllowed({
  REGISTERED,
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

  /** 4–32 characters: a letter first, then letters, digits, '_', '-' or '.'. */
  static final Pattern LOGIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{3,31}");

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @EJB VerificationCodes codes;

  @Inject AccountLookup lookup;

  @EJB AuditTrail audit;

  @Inject PlatformSettings settings;

  @EJB ClientCertificates certificates;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "autogov.session.absolute-hours",
      defaultValue = "12")
  int absoluteHours;

  /** 用户注册: the mobile number is proven by the SMS code it received. */
  @PermitAll
  public AccountView register(RegistrationForm f) {
    var checks = new Checks();
    String login = newLoginName(checks, f.loginName(), em);
    NewAccounts.checkPassword(checks, f.password(), f.confirmation(), login);
    String email = checks.identifier("email", IdentifierKind.EMAIL, f.email());
    String mobile = checks.identifier("mobile", IdentifierKind.MOBILE, f.mobile());
    checks.required("smsCode", f.smsCode());
    // the code is tried only once the rest is right: a try counts (in its own transaction), and a
    // right code is spent, which a refusal for another field must not waste
    if (checks.ok() && mobile != null) {
      try {
        codes.verify(Channel.SMS, mobile, Purpose.REGISTRATION, f.smsCode());
      } catch (VerificationRefusedException e) {
        checks.add("smsCode", new Problem(Problem.Severity.ERROR, e.key(), e.params()));
      }
    }
    checks.throwIfAny();
    var account =
        UserAccount.create(login, login, Role.REGISTERED, f.password(), false, BusinessTime.now())
            .withContact(email, mobile);
    em.persist(account);
    LOG.info(() -> "Registered account " + account.getLoginName());
    return AccountView.of(account);
  }

  /**
   * 登录, first step: checks the password (failures count towards the lock) and sends the SMS code to
   * the account's mobile number.
   */
  @jakarta.inject.Inject UnknownLogins unknownLogins;

  @PermitAll
  public LoginStep checkPassword(String identifier, String password, String clientAddress) {
    Optional<UserAccount> found = lookup.byIdentifier(identifier);
    if (found.isEmpty()) {
      // Same work as a real check, so response time does not reveal which accounts exist.
      UserAccount.create("-", "-", null, "-", false, BusinessTime.now());
      LOG.info(() -> "Login refused: unknown login identifier");
      audit.record(
          new AuditEvent("anonymous", null, "login.refused", null, null, null, "UNKNOWN_ACCOUNT"));
      // counted as an account would count them: a made-up name is "locked" like a real one
      return LoginStep.failed(unknownLogins.refuse(identifier, BusinessTime.now()));
    }
    UserAccount account = found.get();
    LoginOutcome outcome = account.attemptLogin(password, BusinessTime.now());
    LOG.info(() -> "Password step of " + account.getLoginName() + ": " + outcome);
    if (outcome != LoginOutcome.SUCCESS) {
      refused(account, outcome.name());
      return LoginStep.failed(outcome);
    }
    if (account.getMobile() == null) {
      return new LoginStep(outcome, account.getLoginName(), null, false, null, null, 0);
    }
    String masked = AccountView.maskMobile(account.getMobile());
    try {
      String digits =
          codes.issueFor(
              Channel.SMS,
              account.getMobile(),
              Purpose.LOGIN,
              clientAddress,
              account.getLoginName());
      return new LoginStep(
          outcome,
          account.getLoginName(),
          masked,
          true,
          null,
          demo() ? digits : null,
          codes.secondsUntilNext(account.getMobile(), Purpose.LOGIN));
    } catch (VerificationRefusedException e) {
      // e.g. a code went out less than a minute ago: the user enters that one (in demo mode the
      // page shows it again, as the development gateway wrote it to the outbox)
      return new LoginStep(
          outcome,
          account.getLoginName(),
          masked,
          false,
          e.key(),
          demo() ? lastDemoCode(account.getMobile()) : null,
          codes.secondsUntilNext(account.getMobile(), Purpose.LOGIN));
    }
  }

  private boolean demo() {
    return settings.mode() == cn.autogov.platform.PlatformSettings.Mode.DEMO;
  }

  /** Demo mode: the digits of the last login code the development gateway wrote for the number. */
  private String lastDemoCode(String mobile) {
    return em.createQuery(
            "SELECT m.text FROM OutboxMessage m WHERE m.address = :address ORDER BY m.id DESC",
            String.class)
        .setParameter("address", mobile)
        .setMaxResults(1)
        .getResultStream()
        .map(t -> java.util.regex.Pattern.compile("验证码为(\\d{6})，.*登录").matcher(t))
        .filter(java.util.regex.Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElse(null);
  }

  /** 登录, second step: the SMS code the password step sent. */
  @PermitAll
  public LoginResult completeWithCode(String loginName, String code, SessionRequest session) {
    Optional<UserAccount> found = lookup.find(loginName, LockModeType.PESSIMISTIC_WRITE);
    if (found.isEmpty() || found.get().getMobile() == null || !found.get().isEnabled()) {
      return LoginResult.failed(LoginOutcome.WRONG_CODE);
    }
    UserAccount account = found.get();
    try {
      codes.verifyFor(
          Channel.SMS, account.getMobile(), Purpose.LOGIN, code, account.getLoginName());
    } catch (VerificationRefusedException e) {
      LOG.info(() -> "SMS step of " + account.getLoginName() + " refused: " + e.key());
      refused(account, e.key());
      return new LoginResult(LoginOutcome.WRONG_CODE, Optional.empty(), e.key(), null);
    }
    return opened(account, session);
  }

  /**
   * Login with the password alone: only for an account with no mobile number bound (the first
   * administrator of a production installation), which has no other way in.
   */
  @PermitAll
  public LoginResult loginWithoutMobile(
      String identifier, String password, SessionRequest session) {
    Optional<UserAccount> found = lookup.byIdentifier(identifier);
    if (found.isEmpty() || found.get().getMobile() != null) {
      return LoginResult.failed(LoginOutcome.WRONG_CREDENTIALS);
    }
    UserAccount account = found.get();
    LoginOutcome outcome = account.attemptLogin(password, BusinessTime.now());
    if (outcome != LoginOutcome.SUCCESS) {
      refused(account, outcome.name());
      return LoginResult.failed(outcome);
    }
    return opened(account, session);
  }

  /**
   * E-key login seam: a TLS client certificate that an e-key carries, mapped to its account. The
   * certificate must be bound, unrevoked and within its validity.
   */
  @PermitAll
  public LoginResult loginWithCertificate(
      java.security.cert.X509Certificate certificate, SessionRequest session) {
    Optional<UserAccount> found = certificates.accountFor(certificate, BusinessTime.now());
    if (found.isEmpty() || !found.get().isEnabled()) {
      return LoginResult.failed(LoginOutcome.WRONG_CREDENTIALS);
    }
    LOG.info(() -> "Certificate login of " + found.get().getLoginName());
    return opened(found.get(), session, ClientCertificates.fingerprint(certificate));
  }

  /** A failed login attempt: in the audit trail, whatever the login's transaction does. */
  private void refused(UserAccount account, String why) {
    audit.record(
        new AuditEvent(
            account.getLoginName(),
            account.getEnterpriseId(),
            "login.refused",
            account.getLoginName(),
            null,
            null,
            why));
  }

  private LoginResult opened(UserAccount account, SessionRequest request) {
    return opened(account, request, null);
  }

  /** A new session; {@code certificate}: the fingerprint of the e-key it was opened with. */
  private LoginResult opened(UserAccount account, SessionRequest request, String certificate) {
    var opened =
        AccountSession.open(
            account,
            request.channel(),
            request.clientAddress(),
            request.userAgent(),
            java.time.Duration.ofHours(absoluteHours),
            BusinessTime.now());
    opened.session().signedInWith(certificate);
    em.persist(opened.session());
    LOG.info(() -> "Login of " + account.getLoginName() + ": SUCCESS (" + request.channel() + ")");
    audit.record(
        new AuditEvent(
            account.getLoginName(),
            account.getEnterpriseId(),
            "login",
            account.getLoginName(),
            null,
            null,
            request.channel().name()));
    return new LoginResult(
        LoginOutcome.SUCCESS, Optional.of(AccountView.of(account)), null, opened.token());
  }

  /** The caller's own account. */
  public AccountView currentAccount() {
    return AccountView.of(caller());
  }

  /** Changes the caller's own password; refused with every broken rule named. */
  public AccountView changeOwnPassword(String currentPassword, String newPassword) {
    UserAccount account = caller();
    account.changePassword(currentPassword, newPassword, BusinessTime.now());
    LOG.info(() -> "Password changed by " + account.getLoginName());
    return AccountView.of(account);
  }

  /** 手机号修改: sends a code to the new number. */
  public String sendPhoneChangeCode(String newMobile, String clientAddress) {
    var checks = new Checks();
    String mobile = checks.identifier("mobile", IdentifierKind.MOBILE, newMobile);
    checks.throwIfAny();
    caller();
    return codes.issue(Channel.SMS, mobile, Purpose.PHONE_CHANGE, clientAddress);
  }

  /** 手机号修改: binds the new number once it proved itself with its code. */
  public AccountView changeMobile(String newMobile, String code) {
    var checks = new Checks();
    String mobile = checks.identifier("mobile", IdentifierKind.MOBILE, newMobile);
    checks.required("smsCode", code);
    checks.throwIfAny();
    UserAccount account = caller();
    try {
      codes.verify(Channel.SMS, mobile, Purpose.PHONE_CHANGE, code);
    } catch (VerificationRefusedException e) {
      throw cn.autogov.kernel.InputRejectedException.of("smsCode", e.key());
    }
    account.changeMobile(mobile);
    LOG.info(() -> "Mobile number changed by " + account.getLoginName());
    return AccountView.of(account);
  }

  /**
   * A login name for a new account (registration, staff, sub-enterprises): 4–32 characters, a
   * letter first, not taken (case-insensitively).
   */
  static String newLoginName(Checks checks, String typed, EntityManager em) {
    String login = checks.required("loginName", typed);
    if (login != null && !LOGIN_NAME.matcher(login).matches()) {
      checks.add("loginName", "account.login-name-format");
    } else if (login != null
        && !em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
            .setParameter("loginName", UserAccount.normaliseLoginName(login))
            .getResultList()
            .isEmpty()) {
      checks.add("loginName", "account.login-name-taken");
    }
    return login;
  }

  UserAccount caller() {
    String name = context.getCallerPrincipal().getName();
    return lookup
        .find(name, LockModeType.NONE)
        .orElseThrow(() -> new IllegalStateException("no account for caller " + name));
  }
}
