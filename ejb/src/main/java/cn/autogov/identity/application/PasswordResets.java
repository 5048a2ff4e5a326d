package cn.autogov.identity.application;

import cn.autogov.identity.domain.PasswordPolicy;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.notification.Channel;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/** 忘记密码 (seed 002): a code to the account's bound mobile, then a new password with it. */
@Stateless
@PermitAll // before sign-in, by whoever knows the account's identifier
public class PasswordResets {

  private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

  @PersistenceContext EntityManager em;

  @EJB VerificationCodes codes;

  @Inject AccountLookup lookup;

  /**
   * 忘记密码, first step: a code to the bound mobile of the account the identifier names (login name,
   * credit code or ID number). The caller learns nothing either way: no account, no mobile, a
   * disabled account and a code sent all look the same from outside.
   */
  public void requestPasswordReset(String identifier, String clientAddress) {
    var checks = new Checks();
    checks.required("identifier", identifier);
    checks.throwIfAny();
    Optional<UserAccount> found = lookup.byIdentifier(identifier).filter(UserAccount::isEnabled);
    if (found.isEmpty() || found.get().getMobile() == null) {
      LOG.info(() -> "Password reset asked for an unknown or unreachable account");
      return;
    }
    UserAccount account = found.get();
    try {
      codes.issueFor(
          Channel.SMS,
          account.getMobile(),
          Purpose.PASSWORD_RESET,
          clientAddress,
          account.getLoginName());
    } catch (VerificationRefusedException e) {
      // a code went out less than a minute ago (or the day's limit): that one serves
      LOG.info(() -> "Password reset code for " + account.getLoginName() + " not sent: " + e.key());
    }
  }

  /**
   * 忘记密码, second step: the code the bound mobile received and the new password. A wrong code and an
   * unknown account are refused alike; the account's other sessions end.
   */
  public void resetPassword(
      String identifier, String code, String newPassword, String confirmation) {
    var checks = new Checks();
    checks.required("identifier", identifier);
    checks.required("smsCode", code);
    if (checks.required("newPassword", newPassword) != null && !newPassword.equals(confirmation)) {
      checks.add("confirmation", "account.confirmation-differs");
    }
    checks.throwIfAny();
    Optional<UserAccount> found = lookup.byIdentifier(identifier).filter(UserAccount::isEnabled);
    if (found.isEmpty() || found.get().getMobile() == null) {
      throw InputRejectedException.of("smsCode", "verification.none");
    }
    UserAccount account = found.get();
    var policy = PasswordPolicy.check(newPassword, account.getLoginName());
    if (!policy.isEmpty()) {
      var rejected = new Checks();
      policy.forEach(p -> rejected.add("newPassword", p.key()));
      rejected.throwIfAny();
    }
    try {
      codes.verifyFor(
          Channel.SMS, account.getMobile(), Purpose.PASSWORD_RESET, code, account.getLoginName());
    } catch (VerificationRefusedException e) {
      throw InputRejectedException.of("smsCode", e.key());
    }
    LocalDateTime now = BusinessTime.now();
    account.resetPassword(newPassword, now);
    em.createQuery(
            "UPDATE AccountSession s SET s.endedAt = :now"
                + " WHERE s.accountId = :account AND s.endedAt IS NULL")
        .setParameter("now", now)
        .setParameter("account", account.getId())
        .executeUpdate();
    LOG.info(() -> "Password reset by SMS code for " + account.getLoginName());
  }
}
