package cn.autogov.account.domain;

import cn.autogov.enterprise.application.Listing;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 合格证系统用户信息找回 (seed 000 §八): the enterprise, whether it is in the MIIT bulletin (公告企业, which adds
 * the bulletin's pages to the materials), the person applying and the person the letter of
 * authorisation names — they must be the same.
 */
@Entity
@Table(name = "account_recovery_form")
public class RecoveryRequestForm extends FormEntity {

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
  @Column(name = "requester_name", length = 100)
  private String requesterName;

  @Input(identifier = IdentifierKind.CITIZEN_ID)
  @Column(name = "requester_id_number", length = 18)
  private String requesterIdNumber;

  @Input
  @Column(name = "authorised_name", length = 100)
  private String authorisedName;

  @Input(identifier = IdentifierKind.CITIZEN_ID)
  @Column(name = "authorised_id_number", length = 18)
  private String authorisedIdNumber;

  protected RecoveryRequestForm() {}

  /** The person applying and the person authorised are one. */
  @Override
  public void check(FormInput in) {
    if (requesterIdNumber != null
        && authorisedIdNumber != null
        && !requesterIdNumber.equals(authorisedIdNumber)) {
      in.checks().add("authorisedIdNumber", "recovery.id-mismatch");
    }
    if (requesterName != null && authorisedName != null && !requesterName.equals(authorisedName)) {
      in.checks().add("authorisedName", "recovery.name-mismatch");
    }
  }

  public String creditCode() {
    return creditCode;
  }

  public String enterpriseName() {
    return enterpriseName;
  }

  public String requesterIdNumber() {
    return requesterIdNumber;
  }
}
