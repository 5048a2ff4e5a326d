package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.PDF_ONLY;
import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.BatchChangeForm;
import cn.autogov.coc.domain.CertificateRow;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingNote;
import cn.autogov.filing.application.MaterialFiles;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.MaterialSlot;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.CertificateNumberRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * 合格证电子信息批量变更申请 (seed 000 §十二): the list of certificates (typed or imported from the platform's
 * xlsx template; each row's number this enterprise's, its VIN's check digit right, none twice),
 * whether their e-data is corrected or revoked, why, and the stamped materials — the written
 * application listing the same numbers (PDF), the corrective measures, the declaration and
 * undertaking, and one evidence PDF per new-energy vehicle. The reviewer is shown which listed
 * numbers the written application's text lacks; two reviewers decide (four eyes), and may approve
 * part of the list, each certificate left out with its reason. The approved list is kept for the
 * enterprise (xlsx) and the tax side.
 */
@ApplicationScoped
public class BatchChangeDefinition implements FilingDefinition {

  static final String CODE = "coc-batch-change";

  /** The written application's slot: its text is compared with the list. */
  static final String APPLICATION = "writtenApplication";

  /** A new-energy vehicle's evidence: one PDF each, its slot {@code nevEvidence-<VIN>}. */
  static final String NEV_EVIDENCE = "nevEvidence";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("CBC")
          .form(BatchChangeForm.class)
          .materials(
              FilingType.ANY,
              required(APPLICATION, PDF_ONLY),
              required("correctiveMeasures", REAL_NAME_SCAN),
              required("declaration", REAL_NAME_SCAN))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .secondApprover()
          .build();

  @Inject Enterprises enterprises;

  @Inject BatchChanges batches;

  @Inject cn.autogov.document.pdf.PdfTexts pdfTexts;

  @Override
  public FilingType type() {
    return type;
  }

  /** The type's materials, and an evidence PDF for each new-energy vehicle listed. */
  @Override
  public List<MaterialSlot> checklist(FilingForm form) {
    List<MaterialSlot> list = new ArrayList<>(type.checklist(form.category()));
    for (CertificateRow r : ((BatchChangeForm) form).certificates()) {
      if (r.isNewEnergy() && r.vin() != null) {
        list.add(required(NEV_EVIDENCE + "-" + r.vin(), PDF_ONLY));
      }
    }
    return list;
  }

  @Override
  public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
    CertificateBusiness.checkApplicant(applicant, checks);
  }

  /** Every listed number is this enterprise's (its 合格证企业代码 first). */
  @Override
  public void checkForm(
      EnterpriseProfile applicant,
      FilingForm form,
      List<FilingDetail.Material> materials,
      Checks checks) {
    String code = enterprises.certificateCodeOf(applicant);
    List<CertificateRow> rows = ((BatchChangeForm) form).certificates();
    for (int i = 0; i < rows.size(); i++) {
      String number = rows.get(i).certificateNumber();
      if (number != null && !CertificateNumberRules.belongsTo(number, code)) {
        checks.add(
            "certificates." + i + ".certificateNumber",
            "coc.certificate-not-yours",
            "value",
            number,
            "code",
            String.valueOf(code));
      }
    }
  }

  /**
   * What the written application's text lists, against the list (and the reviewer's exclusions).
   */
  @Override
  public List<FilingNote> notes(
      FilingForm form, List<FilingDetail.Material> materials, MaterialFiles files) {
    var written =
        materials.stream().filter(m -> APPLICATION.equals(m.slot()) && m.isPresent()).findFirst();
    return batches.notes(
        (BatchChangeForm) form,
        written.isPresent(),
        written.map(m -> pdfTexts.text(m.sha256(), () -> files.read(APPLICATION))).orElse(null));
  }

  @Override
  public void approved(Approval approval) {
    batches.approved(approval, (BatchChangeForm) approval.form());
  }
}
