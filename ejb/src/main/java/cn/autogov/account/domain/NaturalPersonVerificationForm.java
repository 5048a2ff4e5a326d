package cn.autogov.account.domain;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.identity.domain.IdType;
import cn.autogov.kernel.BusinessTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * 自然人认证 (seed 002): the person's name and identity document — its type, number and validity, an end
 * date left blank for a permanent one (永久期限) — and a contact address. The document must be valid
 * today.
 */
@Entity
@Table(name = "account_real_name_natural")
public class NaturalPersonVerificationForm extends FormEntity {

  @Input
  @Column(name = "person_name", length = 100)
  private String name;

  @Input(options = IdType.class)
  @Column(name = "id_type", length = 20)
  private String idType;

  @Input
  @Column(name = "id_number", length = 40)
  private String idNumber;

  @Input
  @Column(name = "id_valid_from")
  private LocalDate validFrom;

  /** Blank: 永久期限. */
  @Input(openEnded = true)
  @Column(name = "id_valid_until")
  private LocalDate validUntil;

  @Input
  @Column(name = "address", length = 300)
  private String address;

  protected NaturalPersonVerificationForm() {}

  /** The number checked by the document's type; the document valid today. */
  @Override
  public void check(FormInput in) {
    idNumber = IdType.checked(in.checks(), "idNumber", idType, idNumber);
    if (validUntil == null) {
      return;
    }
    if (validUntil.isBefore(BusinessTime.today())) {
      in.checks().add("validUntil", "realname.expired");
    } else if (validFrom != null && !validUntil.isAfter(validFrom)) {
      in.checks().add("validUntil", "realname.until-before-from");
    }
  }

  /** The approval's effect, through identity: the account a verified natural person's. */
  public void verify(cn.autogov.identity.realname.RealNames realNames, Long accountId) {
    realNames.verifyNaturalPerson(accountId, name, IdType.valueOf(idType), idNumber);
  }
}
