package cn.autogov.export.application;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.export.domain.ExportFilingForm;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 二手车出口企业备案: a new approval restarts the one-year validity (seed 001 说明(3)), so the earlier
 * approved filing becomes 无效.
 */
@ApplicationScoped
public class ExportFilingDefinition implements FilingDefinition {

  private final FilingType type = ExportFilings.common(ExportFilings.FILING).numbered("EX").build();

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
    approval.supersedeEarlier();
  }
}
