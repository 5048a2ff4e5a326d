package cn.autogov.account.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.account.domain.NaturalPersonVerificationForm;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.realname.RealNames;
import cn.autogov.kernel.Checks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 自然人认证 (seed 002): a registered account verifies as a natural person with a scan of a valid
 * identity document; on approval the account is a verified natural person's, who may then become an
 * enterprise's agent (经办人).
 */
@ApplicationScoped
public class NaturalPersonVerification implements FilingDefinition {

  public static final String CODE = RealNameDefinitions.NATURAL_PERSON;

  private final FilingType type =
      RealNameDefinitions.common(
              CODE, "RNN", NaturalPersonVerificationForm.class, RealNameDefinitions.LEGAL_PERSON)
          .materials(FilingType.ANY, required("idScan", REAL_NAME_SCAN))
          .build();

  @EJB RealNames realNames;

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public void checkAccount(Long accountId, FilingForm form, Checks checks) {
    realNames.check(accountId, checks);
  }

  @Override
  public void approved(Approval approval) {
    ((NaturalPersonVerificationForm) approval.form()).verify(realNames, approval.accountId());
  }
}
