package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.SubEnterpriseFilingForm;
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
 * 新增子企业备案 (seed 000 §六): the manufacturer files its new sub-enterprise with stamped copies — 公告内企业:
 * the MIIT bulletin's first page and the page with the enterprise; all: the business licence, the
 * letter of authorisation, the legal person's ID card — and the certification centre reviews.
 * Approval opens the sub-enterprise and its account, whose one-time password goes by SMS to the
 * number the form gives. The admin's direct opening stays for paper cases.
 */
@ApplicationScoped
public class SubEnterpriseDefinition implements FilingDefinition {

  private final FilingType type =
      FilingType.define("coc-sub-enterprise")
          .numbered("CSE")
          .form(SubEnterpriseFilingForm.class)
          .materials(
              FilingType.ANY,
              required("licence", REAL_NAME_SCAN),
              required("letter", REAL_NAME_SCAN),
              required("legalPersonIdScan", REAL_NAME_SCAN))
          .materials(
              Listing.BULLETIN.name(),
              required("announcementFront", REAL_NAME_SCAN),
              required("announcementPage", REAL_NAME_SCAN))
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

  /** The credit code not registered yet, the login name free. */
  @Override
  public void checkForm(
      EnterpriseProfile applicant,
      FilingForm form,
      List<FilingDetail.Material> materials,
      Checks checks) {
    var f = (SubEnterpriseFilingForm) form;
    subEnterprises.check(
        applicant.id(), "type", f.subCreditCode(), "subCreditCode", f.loginName(), checks);
  }

  @Override
  public void approved(Approval approval) {
    var f = (SubEnterpriseFilingForm) approval.form();
    var checks = new Checks();
    EnterpriseProfile sub =
        subEnterprises.open(
            approval.applicant().id(), "type", f.subEnterprise(), "subCreditCode", checks);
    enterprises.applyInfoChange(
        sub.id(), sub.name(), f.legalRepresentative(), sub.address(), f.productionAddress());
  }
}
