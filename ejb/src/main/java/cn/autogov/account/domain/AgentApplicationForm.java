package cn.autogov.account.domain;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 经办人申请 (seed 002 step 2): the enterprise a natural person asks to act for, by its name and its
 * unified social credit code — both must match an enterprise with its legal-person account.
 */
@Entity
@Table(name = "account_agent_application")
public class AgentApplicationForm extends FormEntity {

  @Input
  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Input(identifier = IdentifierKind.USCC)
  @Column(name = "credit_code", length = 18)
  private String creditCode;

  protected AgentApplicationForm() {}

  public String enterpriseName() {
    return enterpriseName;
  }

  public String creditCode() {
    return creditCode;
  }
}
