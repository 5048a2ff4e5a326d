package cn.autogov.ekey.domain;

import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** 注销: the key whose certificate ends, and why (丢失, 损坏, 不再使用), if the enterprise says. */
@Entity
@DiscriminatorValue("REVOKE")
public class RevocationForm extends KeyApplicationForm {

  @Input(required = false, paragraph = true)
  @Column(name = "reason", length = 500)
  private String applicationReason;

  protected RevocationForm() {}

  public String reason() {
    return applicationReason;
  }
}
