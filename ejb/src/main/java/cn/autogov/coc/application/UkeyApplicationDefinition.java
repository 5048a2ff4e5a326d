package cn.autogov.coc.application;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.UkeyApplicationForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 合格证系统U盾申领 (seed 000 §五): a manufacturer of the certificate business (or a sub-enterprise, with
 * its own certificate-system account) asks for U-keys; the certification centre approves, then
 * posts them — 已寄出 with the courier and tracking number — and the enterprise confirms receipt
 * (已签收). No materials: the seed asks for none.
 */
@ApplicationScoped
public class UkeyApplicationDefinition implements FilingDefinition {

  static final String CODE = "coc-ukey";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("UKY")
          .form(UkeyApplicationForm.class)
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .then("shipped", Role.CERTIFICATION_CENTRE, 5, "shipment")
          .then("received", Role.ENTERPRISE, 10)
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  /** Only the certificate business's enterprises hold certificate-system accounts. */
  @Override
  public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
    CertificateBusiness.checkApplicant(applicant, checks);
  }
}
