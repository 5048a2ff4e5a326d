package cn.autogov.coc.application;

import cn.autogov.coc.domain.OpeningForm;
import cn.autogov.coc.domain.TaxSystem;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.kernel.Checks;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What the three system openings (seed 000 §九 配置信息, §十 免税图册, §十一 票据关联) share: filed by the
 * certificate business's enterprises, their plant codes checked against the enterprise's plants at
 * 上报, and approval records the opening for the tax side ({@link SystemOpenings}).
 */
abstract class OpeningDefinition implements FilingDefinition {

  @Inject SystemOpenings openings;

  abstract TaxSystem system();

  @Override
  public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
    CertificateBusiness.checkApplicant(applicant, checks);
  }

  @Override
  public void checkForm(
      EnterpriseProfile applicant,
      FilingForm form,
      List<FilingDetail.Material> materials,
      Checks checks) {
    openings.checkPlants(applicant.id(), (OpeningForm) form, checks);
  }

  @Override
  public void approved(Approval approval) {
    openings.approved(system(), approval);
  }
}
