package cn.autogov.ekey.domain;

import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** 补办 and 增办: the seed asks the reason (写明原因) beside the user name. */
@Entity
@DiscriminatorValue("REASONED")
public class ReasonedKeyOrderForm extends KeyOrderForm {

  @Input(paragraph = true, after = "userName")
  @Column(name = "reason", length = 500)
  private String applicationReason;

  protected ReasonedKeyOrderForm() {}

  public String reason() {
    return applicationReason;
  }
}
