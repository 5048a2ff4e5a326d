package cn.autogov.enterprise.application;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.realname.RealNames;
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
import jakarta.persistence.PersistenceContext;

/**
 * 法人认证 (seed 002) as far as the enterprise register goes, for the account area's filing type: a
 * credit code has one legal-person account; on approval the enterprise is registered and identity
 * makes the applying account its legal-person account, in the approval's transaction.
 */
@Stateless
@RolesAllowed({REGISTERED, ADMIN})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EnterpriseRegistrations {

  @PersistenceContext EntityManager em;

  @EJB RealNames realNames;

  /** The problem under {@code creditCode} when an enterprise of that code is registered already. */
  public void check(String creditCode, Checks checks) {
    if (creditCode != null && registered(creditCode)) {
      checks.add("creditCode", "realname.credit-code-taken");
    }
  }

  /** 法人认证 approved: the enterprise registered, the account its legal-person account. */
  public void registerLegalPerson(
      Long accountId,
      EnterpriseType type,
      String creditCode,
      String organisationName,
      LegalPersonType legalPersonType,
      String representative,
      IdType idType,
      String idNumber,
      String address) {
    if (registered(creditCode)) {
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
            accountId,
            BusinessTime.now());
    em.persist(e);
    em.flush();
    realNames.verifyLegalPerson(
        accountId,
        e.getId(),
        e.getName(),
        code,
        e.getRegionCode(),
        representative,
        idType,
        idNumber);
  }

  private boolean registered(String code) {
    return Enterprise.withCreditCode(em, code).isPresent();
  }
}
