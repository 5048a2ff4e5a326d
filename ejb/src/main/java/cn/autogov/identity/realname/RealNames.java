package cn.autogov.identity.realname;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Role;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.kernel.BusinessTime;
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
 * area: tells whether a request can be met (the account is not verified yet; a credit code has one
 * legal-person account) and, once an administrator approved it, makes the registered account a
 * natural-person account, or registers its enterprise and makes it that enterprise's legal-person
 * account.
 */
@Stateless
@RolesAllowed({REGISTERED, ADMIN})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RealNames {

  private static final Logger LOG = Logger.getLogger(RealNames.class.getName());

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  /** Problems under {@code type} (already verified) and {@code creditCode} (taken). */
  public void check(Long accountId, String creditCode, Checks checks) {
    if (em.find(UserAccount.class, accountId).getRole() != Role.REGISTERED) {
      checks.add("type", "realname.already-verified");
    }
    if (creditCode != null && enterpriseExists(creditCode)) {
      checks.add("creditCode", "realname.credit-code-taken");
    }
  }

  /** 法人认证 approved: the enterprise registered, the account its legal-person account. */
  public void verifyLegalPerson(
      Long accountId,
      EnterpriseType type,
      String creditCode,
      String organisationName,
      LegalPersonType legalPersonType,
      String representative,
      IdType idType,
      String idNumber,
      String address) {
    UserAccount account = unverified(accountId);
    if (enterpriseExists(creditCode)) {
      throw new RefusedException("realname.credit-code-taken");
    }
    CreditCode code = CreditCode.reviewed(creditCode);
    var e =
        Enterprise.register(
            code,
            organisationName,
            type,
            legalPersonType,
            representative,
            address,
            account.getId(),
            BusinessTime.now());
    em.persist(e);
    em.flush();
    account.verifiedAsLegalPerson(
        e.getId(), e.getName(), code, e.getRegionCode(), representative, idType, idNumber);
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

  private boolean enterpriseExists(String code) {
    return !em.createNamedQuery("Enterprise.byCreditCode", Enterprise.class)
        .setParameter("creditCode", CreditCode.reviewed(code))
        .getResultList()
        .isEmpty();
  }
}
