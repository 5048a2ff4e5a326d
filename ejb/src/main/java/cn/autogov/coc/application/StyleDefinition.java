package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.CERTIFICATE_FRONT_SAMPLE;
import static cn.autogov.document.inspection.UploadRules.DECLARATION_DOC;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingNote;
import cn.autogov.filing.application.MaterialFiles;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.Checks;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What 正面样式备案 and 变更 (seed 000 §三/§四) share: the certificate business's enterprises file, the 样式说明
 * and the sample image are the materials, the centre reviews, and the reviewer is told of a sample
 * far from 150 KB.
 */
abstract class StyleDefinition implements FilingDefinition {

  @Inject FrontStyles styles;

  /** The type's declaration up to its form: the materials and the centre's stage follow. */
  static FilingType.Builder reviewed(FilingType.Builder b) {
    return b.materials(
            FilingType.ANY,
            required("styleDescription", DECLARATION_DOC),
            required(FrontStyles.SAMPLE, CERTIFICATE_FRONT_SAMPLE))
        .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5);
  }

  @Override
  public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
    CertificateBusiness.checkApplicant(applicant, checks);
  }

  @Override
  public List<FilingNote> notes(
      FilingForm form, List<FilingDetail.Material> materials, MaterialFiles files) {
    return FrontStyles.sizeNotes(materials);
  }
}
