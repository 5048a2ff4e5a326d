package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.EnterpriseChangeForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.enterprise.application.Listing;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.Checks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 企业信息变更 (seed 000 §二): when the name, legal representative, registered or production address
 * changes, the manufacturer files the new data with stamped copies — 公告企业: the new business
 * licence, the MIIT bulletin's first page and the page with the change; 非公告企业: the new business
 * licence — and the certification centre (装备中心) reviews. On approval the enterprise's data changes,
 * the old and new values kept. A second approver is optional (configuration).
 */
@ApplicationScoped
public class EnterpriseChangeDefinition implements FilingDefinition {

  static final String CODE = "coc-enterprise-change";

  @Inject
  @ConfigProperty(
      name = "autogov.filing.coc-enterprise-change.second-approver",
      defaultValue = "false")
  boolean secondApprover;

  @Inject Enterprises enterprises;

  private FilingType type;

  @PostConstruct
  void define() {
    var b =
        FilingType.define(CODE)
            .numbered("CEC")
            .form(EnterpriseChangeForm.class)
            .materials(FilingType.ANY, required("changedLicence", REAL_NAME_SCAN))
            .materials(
                Listing.BULLETIN.name(),
                required("bulletinFront", REAL_NAME_SCAN),
                required("bulletinChangePage", REAL_NAME_SCAN))
            .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5);
    type = (secondApprover ? b.secondApprover() : b).build();
  }

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public FilingForm newForm(Long filingId, EnterpriseProfile applicant, FilingForm changed) {
    return EnterpriseChangeForm.prefilled(filingId, applicant);
  }

  /** 子企业信息变更 is its own business (seed 000 §七). */
  @Override
  public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
    CertificateBusiness.checkManufacturer(applicant, checks);
  }

  @Override
  public void approved(Approval approval) {
    var form = (EnterpriseChangeForm) approval.form();
    EnterpriseProfile e = approval.applicant();
    approval.recordChanges(EnterpriseChangeForm.current(e), form.changed());
    form.applyTo(e, enterprises);
  }
}
