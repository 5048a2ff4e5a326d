package cn.autogov.identity.realname;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Role;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.CreditCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * What identity does for real-name verification (实名认证, seed 002), the filing types of the account
 * area: tells whether a request can be met (the account is not verified yet) and, once an
 * administrator approved it, makes the registered account a natural-person account, or the
 * legal-person account of the enterprise the enterprise area just registered.
 */
@Stateless
@RolesAllowed({REGISTERED, ADMIN})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RealNames {

  private static final Logger LOG = Logger.getLogger(RealNames.class.getName());

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  /** The problem under {@code type} when the account is verified already. */
  public void check(Long accountId, Checks checks) {
    if (em.find(UserAccount.class, accountId).getRole() != Role.REGISTERED) {
      checks.add("type", "realname.already-verified");
    }
  }

  /**
   * 法人认证 approved, the enterprise registered (by the enterprise area, which calls this): the
   * account becomes its legal-person account.
   */
  public void verifyLegalPerson(
      Long accountId,
      Long enterpriseId,
      String organisationName,
      CreditCode code,
      String regionCode,
      String representative,
      IdType idType,
      String idNumber) {
    UserAccount account = unverified(accountId);
    account.verifiedAsLegalPerson(
        enterpriseId, organisationName, code, regionCode, representative, idType, idNumber);
    verified(account);
  }

  /** 自然人认证 approved: the account is a verified natural person's. */
  public void verifyNaturalPerson(Long accountId, String name, IdType idType, String idNumber) {
    UserAccount account = unverified(accountId);
    account.verifiedAsNaturalPerson(name, idType, idNumber);
    verified(account);
  }

  private UserAccount unverified(Long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account.getRole() != Role.REGISTERED) {
      throw new RefusedException("realname.already-verified");
    }
    return account;
  }

  private void verified(UserAccount account) {
    actors.record(actors.current(), "realname.approved", account.getLoginName());
    LOG.info(() -> "Real name verified: " + account.getLoginName());
  }
}
