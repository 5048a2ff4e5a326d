package cn.autogov.enterprise.application;

import cn.autogov.access.Role;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import cn.autogov.identity.application.NewAccounts;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.CreditCode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Manufacturers new to the certificate business (新增企业备案, seed 000 §一), in the caller's transaction:
 * registered with their 合格证企业代码 and an account of the certificate system, whose login name the
 * platform gives (the code in lower case, numbered when taken) and whose one-time password goes by
 * SMS to the authorised person's number.
 */
@Dependent
public class NewManufacturers {

  private static final Pattern CODE = Pattern.compile("[A-Z]{4}");

  @PersistenceContext EntityManager em;

  @Inject NewAccounts accounts;

  /** A manufacturer as its filing states it. */
  public record NewManufacturer(
      String creditCode,
      String name,
      String legalRepresentative,
      String address,
      String productionAddress,
      String certificateCode,
      String mobile,
      String email) {}

  /** Whether a text has the form of a 合格证企业代码: four capital letters. */
  public static boolean isCertificateCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /**
   * Problems with registering it: the credit code registered already ({@code creditCodeField}), the
   * certificate code another enterprise's ({@code certificateCodeField}).
   */
  public void check(
      String creditCode,
      String creditCodeField,
      String certificateCode,
      String certificateCodeField,
      Checks checks) {
    if (creditCode != null && Enterprise.withCreditCode(em, creditCode).isPresent()) {
      checks.add(creditCodeField, "realname.credit-code-taken");
    }
    if (certificateCode != null
        && em.createNamedQuery("Enterprise.countWithCertificateCode", Long.class)
                .setParameter("code", certificateCode)
                .getSingleResult()
            > 0) {
      checks.add(
          certificateCodeField, "enterprise.certificate-code-taken", "code", certificateCode);
    }
  }

  /** Registers it with its account; the account's login name. */
  public String register(NewManufacturer m) {
    var checks = new Checks();
    check(m.creditCode(), "creditCode", m.certificateCode(), "certificateCode", checks);
    UserAccount account =
        accounts.create(
            checks,
            loginName(m.certificateCode()),
            m.name(),
            Role.ENTERPRISE,
            m.mobile(),
            m.email(),
            false);
    checks.throwIfAny();
    Enterprise e =
        Enterprise.register(
            CreditCode.reviewed(m.creditCode()),
            m.name(),
            EnterpriseType.ENTERPRISE,
            LegalPersonType.CORPORATE,
            m.legalRepresentative(),
            m.address(),
            account.getId(),
            BusinessTime.now());
    e.joinCertificateBusiness(m.certificateCode());
    e.applyInfoChange(m.name(), m.legalRepresentative(), m.address(), m.productionAddress());
    em.persist(e);
    em.flush();
    account.ofEnterprise(e.getId()).actingFor(m.name(), e.getCreditCode(), e.getRegionCode());
    accounts.sendOneTimePassword(account);
    return account.getLoginName();
  }

  /** The certificate code in lower case, numbered (abcd01, abcd02, …) while taken. */
  private String loginName(String certificateCode) {
    String base = certificateCode.toLowerCase(Locale.ROOT);
    for (int n = 0; n < 100; n++) {
      String candidate = n == 0 ? base : base + String.format("%02d", n);
      if (isFree(candidate)) {
        return candidate;
      }
    }
    throw new RefusedException("enterprise.no-login-name", "code", certificateCode);
  }

  private boolean isFree(String login) {
    var checks = new Checks();
    accounts.checkLoginName(checks, login);
    return checks.ok();
  }
}
