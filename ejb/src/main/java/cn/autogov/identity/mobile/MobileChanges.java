package cn.autogov.identity.mobile;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.access.Actor;
import cn.autogov.identity.domain.LoginOutcome;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import cn.autogov.notification.Channel;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * What identity does for 手机号修改 by someone who lost the old number (seed 002's sign-in page), the
 * account area's filing type: a code to the new number; the account proven by its password (wrong
 * ones count towards its lock, as at sign-in) and the new number by its code; the identity typed
 * again compared with the verified one; and, once an administrator compared the ID scan and
 * approved, the new number bound to the account.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MobileChanges {

  @PersistenceContext EntityManager em;

  @EJB VerificationCodes codes;

  /** A code to the new number (anyone may ask; the limits per number and caller apply). */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public String sendCode(String newMobile, String clientAddress) {
    return codes.issue(Channel.SMS, newMobile, Purpose.PHONE_CHANGE, clientAddress);
  }

  /**
   * The account its password proves, as the one filing: refused with the sign-in page's words when
   * the password is wrong or the account locked (the wrong try is kept), or when the account was
   * never verified (nobody could compare a scan with anything).
   */
  @PermitAll
  public Actor prove(String loginName, String password) {
    var checks = new Checks();
    checks.required("loginName", loginName);
    checks.required("password", password);
    checks.throwIfAny();
    UserAccount account =
        em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
            .setParameter("loginName", UserAccount.normaliseLoginName(loginName))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    LoginOutcome outcome =
        account == null
            ? LoginOutcome.WRONG_CREDENTIALS
            : account.attemptLogin(password, BusinessTime.now());
    if (outcome != LoginOutcome.SUCCESS) {
      throw new PasswordRefused(
          outcome == LoginOutcome.LOCKED ? "login.locked" : "login.credentials");
    }
    if (account.getIdNumber() == null) {
      throw new RefusedException("mobile-change.not-verified");
    }
    return new Actor(
        account.getId(),
        account.getLoginName(),
        account.getRole(),
        account.getEnterpriseId(),
        account.getRegionCode());
  }

  /** The name the account was verified with (the filing's applicant). */
  @PermitAll
  public String verifiedName(Long accountId) {
    return em.find(UserAccount.class, accountId).getRealName();
  }

  /** The new number proven by its code (refused under {@code smsCode}). */
  @PermitAll
  public void proveNumber(String newMobile, String code) {
    var checks = new Checks();
    checks.required("smsCode", code);
    checks.throwIfAny();
    try {
      codes.verify(Channel.SMS, newMobile, Purpose.PHONE_CHANGE, code);
    } catch (VerificationRefusedException e) {
      throw InputRejectedException.of("smsCode", e.key());
    }
  }

  /** The identity typed again is the verified one (a problem under {@code idNumber}). */
  @PermitAll
  public void check(Long accountId, String name, String idNumber, Checks checks) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account.getIdNumber() == null) {
      checks.add("idNumber", "mobile-change.not-verified");
    } else if (idNumber == null
        || !account.getIdNumber().equalsIgnoreCase(idNumber.strip().toUpperCase(Locale.ROOT))
        || !account.getRealName().equals(name)) {
      checks.add("idNumber", "mobile-change.identity-mismatch");
    }
  }

  /** Approved: the new number is bound to the account. */
  @RolesAllowed(ADMIN)
  public void change(Long accountId, String newMobile) {
    em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE).changeMobile(newMobile);
  }

  /**
   * A wrong password or a locked account: refused with the sign-in page's words, and not rolled
   * back (the wrong try counts towards the lock, as at sign-in).
   */
  @jakarta.ejb.ApplicationException(rollback = false)
  public static class PasswordRefused extends RefusedException {
    private static final long serialVersionUID = 1L;

    PasswordRefused(String key) {
      super(key);
    }
  }
}
