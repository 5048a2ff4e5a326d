package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.EnterpriseInfoForm;
import cn.autogov.coc.domain.SubEnterpriseChangeForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.enterprise.application.Listing;
import cn.autogov.enterprise.application.SubEnterprises;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 子企业信息变更 (seed 000 §七): the manufacturer files the new name, legal representative, registered or
 * production address of one of its sub-enterprises, with the materials of §二 (公告企业: the new
 * licence, the bulletin's first page and the page with the change; 非公告企业: the new licence); on
 * approval the sub-enterprise's details change, the old and new values kept.
 */
@ApplicationScoped
public class SubEnterpriseChangeDefinition implements FilingDefinition {

  private final FilingType type =
      FilingType.define("coc-sub-enterprise-change")
          .numbered("SEC")
          .form(SubEnterpriseChangeForm.class)
          .materials(FilingType.ANY, required("changedLicence", REAL_NAME_SCAN))
          .materials(
              Listing.BULLETIN.name(),
              required("bulletinFront", REAL_NAME_SCAN),
              required("bulletinChangePage", REAL_NAME_SCAN))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  @Inject SubEnterprises subEnterprises;

  @Inject Enterprises enterprises;

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
    CertificateBusiness.checkManufacturer(applicant, checks);
  }

  /** The credit code names one of the applicant's own sub-enterprises. */
  @Override
  public void checkForm(
      EnterpriseProfile applicant,
      FilingForm form,
      List<FilingDetail.Material> materials,
      Checks checks) {
    String code = ((SubEnterpriseChangeForm) form).subCreditCode();
    if (code != null && subEnterprises.of(applicant.id(), code).isEmpty()) {
      checks.add("subCreditCode", "coc.not-your-sub-enterprise", "code", code);
    }
  }

  @Override
  public void approved(Approval approval) {
    var form = (SubEnterpriseChangeForm) approval.form();
    EnterpriseProfile sub =
        subEnterprises.of(approval.applicant().id(), form.subCreditCode()).orElseThrow();
    approval.recordChanges(EnterpriseInfoForm.current(sub), form.changed());
    form.applyTo(sub, enterprises);
  }
}
