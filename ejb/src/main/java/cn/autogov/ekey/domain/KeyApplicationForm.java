package cn.autogov.ekey.domain;

import static cn.autogov.filing.domain.Input.Origin.ACCOUNT;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/**
 * 进出口企业电子钥匙与电子认证证书办理申请表 (seed 004), what every flow asks: the enterprise as registered (nobody
 * types it), the 登录系统用户名 the key is or will be known by, and the person the enterprise authorises.
 * The flows add to it ({@link KeyOrderForm}, {@link ReasonedKeyOrderForm}, {@link CodeChangeForm},
 * {@link RevocationForm}); all live in one table, told apart by {@code form_kind}.
 */
@Entity
@Table(name = "ekey_application")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "form_kind", length = 10)
public abstract class KeyApplicationForm extends FormEntity {

  @Input(origin = ACCOUNT)
  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Input(origin = ACCOUNT)
  @Column(name = "credit_code", length = 18)
  private String creditCode;

  /** 登录系统用户名: upper-case letters, at most eight ({@link UserNames}). */
  @Input
  @Column(name = "user_name", length = 20)
  private String userName;

  @Input
  @Column(name = "authorised_name", length = 50)
  private String authorisedPerson;

  @Input(identifier = IdentifierKind.CITIZEN_ID)
  @Column(name = "authorised_id_number", length = 18)
  private String authorisedPersonId;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "authorised_mobile", length = 20)
  private String authorisedPersonMobile;

  protected KeyApplicationForm() {}

  /** The enterprise as registered, on a new application. */
  public void prefill(String name, String code) {
    this.enterpriseName = name;
    this.creditCode = code;
  }

  /** A user name typed in lower case is kept in upper case; its rule is checked. */
  @Override
  public void check(FormInput in) {
    if (userName != null) {
      String kept = UserNames.check("userName", userName, in.checks());
      if (kept != null) {
        userName = kept;
      }
    }
  }

  /** Sets the user name the session's key is known by (更新: not typed). */
  public void nameKey(String name) {
    this.userName = name;
  }

  public String userName() {
    return userName;
  }

  public String enterpriseName() {
    return enterpriseName;
  }

  public String creditCode() {
    return creditCode;
  }

  public String authorisedPerson() {
    return authorisedPerson;
  }

  public String authorisedPersonMobile() {
    return authorisedPersonMobile;
  }
}
