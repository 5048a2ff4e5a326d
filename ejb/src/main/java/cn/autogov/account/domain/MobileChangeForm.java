package cn.autogov.account.domain;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 手机号修改 by someone who lost the old number (seed 002's sign-in page): the name and ID number the
 * account was verified with, again, and the new number (proven by its code before it is filed).
 */
@Entity
@Table(name = "account_mobile_change")
public class MobileChangeForm extends FormEntity {

  @Input
  @Column(name = "person_name", length = 100)
  private String name;

  @Input
  @Column(name = "id_number", length = 40)
  private String idNumber;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "new_mobile", length = 11)
  private String newMobile;

  protected MobileChangeForm() {}

  public String name() {
    return name;
  }

  public String idNumber() {
    return idNumber;
  }

  public String newMobile() {
    return newMobile;
  }
}
