package cn.autogov.coc.domain;

import cn.autogov.enterprise.application.Listing;
import cn.autogov.enterprise.application.NewManufacturers;
import cn.autogov.enterprise.application.NewManufacturers.NewManufacturer;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 新增企业备案 (seed 000 §一): the manufacturer as its licence states it, whether it is in the MIIT
 * bulletin (公告内企业, which decides the materials), its 合格证企业代码 (the four letters certificate numbers
 * and sample images begin with), and the person it authorises — who must be the verified person
 * filing.
 */
@Entity
@Table(name = "coc_new_enterprise")
public class NewEnterpriseForm extends FormEntity {

  @Input(options = Listing.class, category = true)
  @Column(name = "listing", length = 20)
  private String listing;

  @Input(identifier = IdentifierKind.USCC)
  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Input
  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

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
  @Column(name = "certificate_code", length = 4)
  private String certificateCode;

  @Input
  @Column(name = "authorised_name", length = 50)
  private String authorisedName;

  @Input(identifier = IdentifierKind.CITIZEN_ID)
  @Column(name = "authorised_id_number", length = 18)
  private String authorisedIdNumber;

  protected NewEnterpriseForm() {}

  /** The certificate code is four capital letters (typed in lower case, kept in upper). */
  @Override
  public void check(FormInput in) {
    if (certificateCode != null) {
      certificateCode = certificateCode.strip().toUpperCase(java.util.Locale.ROOT);
      if (!NewManufacturers.isCertificateCode(certificateCode)) {
        in.checks().add("certificateCode", "coc.certificate-code-format", "value", certificateCode);
      }
    }
  }

  /** The manufacturer to register, its one-time password to {@code mobile}. */
  public NewManufacturer manufacturer(String mobile, String email) {
    return new NewManufacturer(
        creditCode,
        enterpriseName,
        legalRepresentative,
        registeredAddress,
        productionAddress,
        certificateCode,
        mobile,
        email);
  }

  public String creditCode() {
    return creditCode;
  }

  public String certificateCode() {
    return certificateCode;
  }

  public String authorisedName() {
    return authorisedName;
  }

  public String authorisedIdNumber() {
    return authorisedIdNumber;
  }
}
