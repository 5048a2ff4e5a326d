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
import java.util.Optional;

/**
 * Sub-enterprises (子企业, seed 000 §六/§七), in the caller's transaction (the caller established who
 * may): opened under a parent with an account of their own, whose one-time password goes by SMS to
 * the account's number — by an administrator for a paper case, or on the approval of the parent's
 * 新增子企业备案.
 */
@Dependent
public class SubEnterprises {

  @PersistenceContext EntityManager em;

  @Inject NewAccounts accounts;

  /** The parent's sub-enterprise with this credit code (normalised, checked). */
  public Optional<EnterpriseProfile> of(Long parentId, String creditCode) {
    return Enterprise.withCreditCode(em, creditCode)
        .filter(e -> parentId.equals(e.getParentId()))
        .map(EnterpriseProfile::of);
  }

  /**
   * Problems with opening a sub-enterprise of this credit code with this login name: the code
   * registered already (under {@code codeField}), the login name malformed or taken ({@code
   * loginName}); the parent not one that may have sub-enterprises ({@code parentField}).
   */
  public void check(
      Long parentId,
      String parentField,
      String creditCode,
      String codeField,
      String loginName,
      Checks checks) {
    parent(parentId, parentField, creditCode, codeField, checks);
    accounts.checkLoginName(checks, loginName);
  }

  /** The parent, if it may have sub-enterprises and the code is free; else null, and problems. */
  private Enterprise parent(
      Long parentId, String parentField, String creditCode, String codeField, Checks checks) {
    Enterprise parent = parentId == null ? null : em.find(Enterprise.class, parentId);
    if (parent == null) {
      checks.add(parentField, "enterprise.unknown");
    } else if (parent.getParentId() != null) {
      checks.add(parentField, "enterprise.parent-is-sub");
    }
    if (creditCode != null && Enterprise.withCreditCode(em, creditCode).isPresent()) {
      checks.add(codeField, "realname.credit-code-taken");
    }
    return parent;
  }

  /**
   * Opens the sub-enterprise and its account; the account's one-time password goes to {@code
   * mobile}. Problems are thrown under the same fields as {@link #check}.
   */
  public EnterpriseProfile open(
      Long parentId, String parentField, SubEnterpriseForm f, String codeField, Checks checks) {
    Enterprise parent = parent(parentId, parentField, f.creditCode(), codeField, checks);
    UserAccount account =
        accounts.create(
            checks, f.loginName(), f.name(), Role.ENTERPRISE, f.mobile(), f.email(), false);
    checks.throwIfAny();
    Enterprise sub =
        parent.subEnterprise(
            CreditCode.reviewed(f.creditCode()),
            f.name(),
            f.address(),
            account.getId(),
            BusinessTime.now());
    em.persist(sub);
    em.flush();
    account.ofEnterprise(sub.getId()).actingFor(f.name(), sub.getCreditCode(), sub.getRegionCode());
    accounts.sendOneTimePassword(account);
    return EnterpriseProfile.of(sub);
  }
}
