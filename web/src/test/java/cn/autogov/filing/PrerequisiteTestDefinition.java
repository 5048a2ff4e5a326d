package cn.autogov.filing;

import cn.autogov.access.Role;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.export.domain.ExportFilingForm;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deployed with the tests only: a type that needs an approved, valid export filing first and two
 * different approvers at its last stage, and whose paper applications the certification centre
 * enters (the engine's prerequisite, four eyes and offline intake, seen running).
 */
@ApplicationScoped
public class PrerequisiteTestDefinition implements FilingDefinition {

  static final String CODE = "it-after-export";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("ITX")
          .form(ExportFilingForm.class)
          .requires("export-filing")
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 2)
          .secondApprover()
          .intakeBy(Role.CERTIFICATION_CENTRE)
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public FilingForm newForm(Long filingId, EnterpriseProfile applicant, FilingForm changed) {
    return ExportFilingForm.prefilled(filingId, applicant);
  }

  @Override
  public void approved(Approval approval) {
    // nothing beyond the status
  }
}
