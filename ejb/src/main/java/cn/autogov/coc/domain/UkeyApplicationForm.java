package cn.autogov.coc.domain;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 合格证系统U盾申领 (seed 000 §五): how many U-keys, and where the centre posts them — the recipient, a
 * mobile number the courier reaches, the address (its region picked, the street typed).
 */
@Entity
@Table(name = "coc_ukey_application")
public class UkeyApplicationForm extends FormEntity {

  /** The most U-keys one application asks for. */
  public static final int MAX_KEYS = 10;

  @Input(max = MAX_KEYS)
  @Column(name = "key_count")
  private Integer keyCount;

  @Input
  @Column(name = "recipient", length = 50)
  private String recipient;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "recipient_mobile", length = 20)
  private String recipientMobile;

  @Input
  @Column(name = "mailing_address", length = 300)
  private String mailingAddress;

  @Input(required = false, paragraph = true)
  @Column(name = "purpose", length = 500)
  private String purpose;

  protected UkeyApplicationForm() {}

  /** At least one key. */
  @Override
  public void check(FormInput in) {
    if (keyCount != null && keyCount < 1) {
      in.checks().add("keyCount", "coc.ukey-none");
    }
  }

  public Integer keyCount() {
    return keyCount;
  }
}
