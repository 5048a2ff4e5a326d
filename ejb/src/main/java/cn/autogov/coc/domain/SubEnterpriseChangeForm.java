package cn.autogov.coc.domain;

import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 子企业信息变更 (seed 000 §七): the parent manufacturer states a sub-enterprise's new details ({@link
 * EnterpriseInfoForm}) and names the sub-enterprise by its credit code.
 */
@Entity
@Table(name = "coc_sub_enterprise_change")
public class SubEnterpriseChangeForm extends EnterpriseInfoForm {

  @Input(identifier = IdentifierKind.USCC)
  @Column(name = "sub_credit_code", length = 18)
  private String subCreditCode;

  protected SubEnterpriseChangeForm() {}

  public String subCreditCode() {
    return subCreditCode;
  }
}
