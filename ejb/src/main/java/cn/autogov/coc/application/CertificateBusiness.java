package cn.autogov.coc.application;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.kernel.Checks;

/**
 * Who files in the certificate business once it has a certificate-system account: a manufacturer
 * with its 合格证企业代码, or a sub-enterprise of one (its own account).
 */
final class CertificateBusiness {

  private CertificateBusiness() {}

  static void checkApplicant(EnterpriseProfile applicant, Checks checks) {
    if (!applicant.inCertificateBusiness() && !applicant.isSubEnterprise()) {
      checks.add("type", "filing.not-certificate-enterprise");
    }
  }

  /**
   * The manufacturer itself, not a sub-enterprise: its own details and its sub-enterprises are its
   * business (§二, §六, §七).
   */
  static void checkManufacturer(EnterpriseProfile applicant, Checks checks) {
    if (applicant.isSubEnterprise()) {
      checks.add("type", "filing.not-for-sub-enterprise");
    } else if (!applicant.inCertificateBusiness()) {
      checks.add("type", "filing.not-certificate-enterprise");
    }
  }
}
