package cn.autogov.account.domain;

import cn.autogov.enterprise.application.EnterpriseRegistrations;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.identity.domain.IdType;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 法人认证 (seed 002): the enterprise or organisation — its type, unified social credit code, name and
 * legal-person type — and its legal representative's identity document and address.
 */
@Entity
@Table(name = "account_real_name_legal")
public class LegalPersonVerificationForm extends FormEntity {

  @Input(options = EnterpriseType.class)
  @Column(name = "enterprise_type", length = 40)
  private String enterpriseType;

  @Input(identifier = IdentifierKind.USCC)
  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Input
  @Column(name = "organisation_name", length = 200)
  private String organisationName;

  @Input(options = LegalPersonType.class)
  @Column(name = "legal_person_type", length = 40)
  private String legalPersonType;

  @Input
  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Input(options = IdType.class)
  @Column(name = "id_type", length = 20)
  private String idType;

  @Input
  @Column(name = "id_number", length = 40)
  private String idNumber;

  @Input
  @Column(name = "address", length = 300)
  private String address;

  protected LegalPersonVerificationForm() {}

  /** The representative's document number, checked by its type and kept normalised. */
  @Override
  public void check(FormInput in) {
    idNumber = IdType.checked(in.checks(), "idNumber", idType, idNumber);
  }

  public String creditCode() {
    return creditCode;
  }

  /** The approval's effect: the enterprise registered, the account its legal-person account. */
  public void verify(EnterpriseRegistrations registrations, Long accountId) {
    registrations.registerLegalPerson(
        accountId,
        EnterpriseType.valueOf(enterpriseType),
        creditCode,
        organisationName,
        LegalPersonType.valueOf(legalPersonType),
        legalRepresentative,
        IdType.valueOf(idType),
        idNumber,
        address);
  }
}
