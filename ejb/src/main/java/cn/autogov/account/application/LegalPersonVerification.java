package cn.autogov.account.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.account.domain.LegalPersonVerificationForm;
import cn.autogov.enterprise.application.EnterpriseRegistrations;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.realname.RealNames;
import cn.autogov.kernel.Checks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 法人认证 (seed 002): a registered account verifies as its enterprise's legal person with the
 * representative's ID and the business licence; on approval the enterprise is registered on the
 * platform and the account becomes its legal-person account. One legal-person account per credit
 * code.
 */
@ApplicationScoped
public class LegalPersonVerification implements FilingDefinition {

  public static final String CODE = RealNameDefinitions.LEGAL_PERSON;

  private final FilingType type =
      RealNameDefinitions.common(
              CODE, "RNL", LegalPersonVerificationForm.class, RealNameDefinitions.NATURAL_PERSON)
          .materials(
              FilingType.ANY,
              required("idScan", REAL_NAME_SCAN),
              required("licenceScan", REAL_NAME_SCAN))
          .build();

  @EJB RealNames realNames;

  @EJB EnterpriseRegistrations registrations;

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public void checkAccount(Long accountId, FilingForm form, Checks checks) {
    realNames.check(accountId, checks);
    registrations.check(((LegalPersonVerificationForm) form).creditCode(), checks);
  }

  @Override
  public void approved(Approval approval) {
    ((LegalPersonVerificationForm) approval.form()).verify(registrations, approval.accountId());
  }
}
