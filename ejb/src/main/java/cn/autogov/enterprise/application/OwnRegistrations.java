package cn.autogov.enterprise.application;

import cn.autogov.access.Role;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.identity.application.NewAccounts;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.CreditCode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Enterprises that register themselves on the portal (a used-car business, seed 003 §2.1.2), in the
 * caller's transaction: the enterprise and its legal-person account at once, the account's password
 * the one typed, its login name the credit code or, without one, the licence number.
 */
@Dependent
public class OwnRegistrations {

  @PersistenceContext EntityManager em;

  @Inject NewAccounts accounts;

  /** An enterprise as it registers itself. */
  public record Own(
      String creditCode,
      String loginName,
      String name,
      String regionCode,
      String address,
      String password,
      String confirmation,
      String mobile) {}

  /** The problem under {@code field} when an enterprise of that credit code is registered. */
  public void checkCreditCode(String creditCode, String field, Checks checks) {
    if (creditCode != null && Enterprise.withCreditCode(em, creditCode).isPresent()) {
      checks.add(field, "realname.credit-code-taken");
    }
  }

  /** Registers it with its account; refused with every problem found. Its id. */
  public Long register(Own o) {
    var checks = new Checks();
    checkCreditCode(o.creditCode(), "creditCode", checks);
    UserAccount account =
        accounts.createOwn(
            checks,
            o.loginName(),
            o.name(),
            Role.ENTERPRISE,
            o.password(),
            o.confirmation(),
            o.mobile());
    checks.throwIfAny();
    CreditCode code = o.creditCode() == null ? null : CreditCode.reviewed(o.creditCode());
    Enterprise e =
        Enterprise.registerOwn(
            code, o.name(), o.regionCode(), o.address(), account.getId(), BusinessTime.now());
    em.persist(e);
    em.flush();
    account.ofEnterprise(e.getId()).actingFor(o.name(), code, o.regionCode());
    return e.getId();
  }
}
