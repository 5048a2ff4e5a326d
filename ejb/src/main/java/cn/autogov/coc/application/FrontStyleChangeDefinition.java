package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.CERTIFICATE_FRONT_SAMPLE;
import static cn.autogov.document.inspection.UploadRules.DECLARATION_DOC;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.FrontStyleChangeForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingNote;
import cn.autogov.filing.application.MaterialFiles;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 合格证正面样式变更 (seed 000 §四): the style replaced (its code), why, the differences, the switch-over
 * date, and the new style's description and sample image as in §三. Approval registers the new style
 * from the switch-over date and ends the old one the day before.
 */
@ApplicationScoped
public class FrontStyleChangeDefinition implements FilingDefinition {

  private final FilingType type =
      FilingType.define("coc-front-style-change")
          .numbered("CFC")
          .form(FrontStyleChangeForm.class)
          .materials(
              FilingType.ANY,
              required("styleDescription", DECLARATION_DOC),
              required(FrontStyles.SAMPLE, CERTIFICATE_FRONT_SAMPLE))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  @Inject FrontStyles styles;

  @Override
  public FilingType type() {
    return type;
  }

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
    var f = (FrontStyleChangeForm) form;
    styles.checkReplaced(applicant.id(), f.replacedStyle(), f.switchOverDate(), checks);
    styles.checkNew(materials, checks);
  }

  @Override
  public List<FilingNote> notes(
      FilingForm form, List<FilingDetail.Material> materials, MaterialFiles files) {
    return FrontStyles.sizeNotes(materials);
  }

  @Override
  public void approved(Approval approval) {
    var f = (FrontStyleChangeForm) approval.form();
    styles.register(
        approval.applicant().id(),
        approval.materials(),
        approval.filing().getId(),
        approval.filing().getNumber(),
        f.styleScope(),
        f.switchOverDate(),
        f.replacedStyle());
  }
}
