package cn.autogov.coc.domain;

import cn.autogov.enterprise.application.Listing;
import cn.autogov.enterprise.application.SubEnterpriseForm;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 新增子企业备案 (seed 000 §六): the sub-enterprise's details as its licence states them, whether the
 * parent is in the MIIT bulletin (公告内企业, which decides the materials), and the account the
 * sub-enterprise gets: its login name, and the mobile number its one-time password goes to.
 */
@Entity
@Table(name = "coc_sub_enterprise")
public class SubEnterpriseFilingForm extends FormEntity {

  @Input(options = Listing.class, category = true)
  @Column(name = "listing", length = 20)
  private String listing;

  @Input(identifier = IdentifierKind.USCC)
  @Column(name = "sub_credit_code", length = 18)
  private String subCreditCode;

  @Input
  @Column(name = "sub_name", length = 200)
  private String subEnterpriseName;

  @Input
  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Input
  @Column(name = "registered_address", length = 300)
  private String registeredAddress;

  @Input
  @Column(name = "production_address", length = 300)
  private String productionAddress;

  @Input
  @Column(name = "login_name", length = 32)
  private String loginName;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "mobile", length = 20)
  private String mobile;

  protected SubEnterpriseFilingForm() {}

  /** The sub-enterprise to open with its account (no email: the seed asks none). */
  public SubEnterpriseForm subEnterprise() {
    return new SubEnterpriseForm(
        null, subCreditCode, subEnterpriseName, registeredAddress, loginName, mobile, null);
  }

  public String subCreditCode() {
    return subCreditCode;
  }

  public String loginName() {
    return loginName;
  }

  public String legalRepresentative() {
    return legalRepresentative;
  }

  public String productionAddress() {
    return productionAddress;
  }
}
