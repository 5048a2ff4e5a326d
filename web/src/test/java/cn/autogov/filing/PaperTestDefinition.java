package cn.autogov.filing;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.EnterpriseChangeForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deployed with the tests only: a type whose paper applications the certification centre enters at
 * the counter (the engine's offline intake in the portal); its form is the info-change form.
 */
@ApplicationScoped
public class PaperTestDefinition implements FilingDefinition {

  static final String CODE = "it-paper";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("ITP")
          .form(EnterpriseChangeForm.class)
          .materials(FilingType.ANY, required("changedLicence", REAL_NAME_SCAN))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 2)
          .intakeBy(Role.CERTIFICATION_CENTRE)
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public FilingForm newForm(Long filingId, EnterpriseProfile applicant, FilingForm changed) {
    return EnterpriseChangeForm.prefilled(filingId, applicant);
  }

  @Override
  public void approved(Approval approval) {
    // nothing beyond the status
  }
}
