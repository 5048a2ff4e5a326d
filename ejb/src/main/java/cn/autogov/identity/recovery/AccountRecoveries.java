package cn.autogov.identity.recovery;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Role;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.application.SecretFiles;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What identity does for account recovery (合格证系统用户信息找回, seed 000 §八), the filing type of the
 * account area: tells whether a request can be met (the enterprise has its legal-person account,
 * the requester a mobile number to receive the password, an agent applies as itself) and, once the
 * certification centre approved, gives the legal-person account a one-time password by SMS to the
 * requester's number, which the account is bound to; the password must be changed at the next
 * login.
 */
@Stateless
@RolesAllowed({REGISTERED, AGENT, CERTIFICATION_CENTRE})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountRecoveries {

  private static final Logger LOG = Logger.getLogger(AccountRecoveries.class.getName());

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject MessageGateway gateway;

  /** Problems under {@code creditCode}, {@code requesterIdNumber} and {@code mobile}. */
  public void check(Long requesterId, String creditCode, String requesterIdNumber, Checks checks) {
    UserAccount requester = em.find(UserAccount.class, requesterId);
    if (requester.getRole() == Role.AGENT
        && requesterIdNumber != null
        && !requesterIdNumber.equals(requester.getIdNumber())) {
      checks.add("requesterIdNumber", "recovery.not-your-id"); // a verified person, as itself
    }
    if (creditCode != null && legalPersonAccount(creditCode) == null) {
      checks.add("creditCode", "recovery.no-account");
    }
    if (requester.getMobile() == null) {
      checks.add("mobile", "recovery.no-mobile");
    }
  }

  /** The approved request's effect: the one-time password, to the requester's mobile. */
  public void recover(Long requesterId, String creditCode, String enterpriseName) {
    UserAccount account = legalPersonAccount(creditCode);
    if (account == null) {
      throw new RefusedException("recovery.no-account");
    }
    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    String mobile = em.find(UserAccount.class, requesterId).getMobile();
    if (mobile == null) {
      throw new RefusedException("recovery.no-mobile");
    }
    String password = SecretFiles.generatePassword();
    account.resetForRecovery(password, mobile);
    gateway.send(
        Channel.SMS,
        mobile,
        DomainText.message(
            "sms.recovery-approved",
            Map.of(
                "enterprise",
                enterpriseName,
                "login",
                account.getLoginName(),
                "password",
                password)));
    actors.record(actors.current(), "recovery.approved", creditCode);
    LOG.info(() -> "Account recovery for " + creditCode + ": " + account.getLoginName() + " reset");
  }

  private UserAccount legalPersonAccount(String code) {
    return em.createNamedQuery("UserAccount.findByCreditCode", UserAccount.class)
        .setParameter("creditCode", CreditCode.reviewed(code))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
