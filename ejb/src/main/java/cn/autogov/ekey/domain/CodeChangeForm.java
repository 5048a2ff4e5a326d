package cn.autogov.ekey.domain;

import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * 企业代码变更: 企业代码变更为 — the 18-character unified social credit code the key's certificate is to carry
 * in place of the 13-digit code.
 */
@Entity
@DiscriminatorValue("CODE")
public class CodeChangeForm extends KeyOrderForm {

  @Input(identifier = IdentifierKind.USCC, after = "userName")
  @Column(name = "new_credit_code", length = 18)
  private String newCreditCode;

  protected CodeChangeForm() {}

  public String newCreditCode() {
    return newCreditCode;
  }
}
