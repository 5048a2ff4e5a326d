package cn.autogov.coc.domain;

import cn.autogov.enterprise.application.EnterpriseProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 企业信息变更 (seed 000 §二): the manufacturer's own new details ({@link EnterpriseInfoForm}), prefilled
 * with its current ones.
 */
@Entity
@Table(name = "coc_enterprise_change")
public class EnterpriseChangeForm extends EnterpriseInfoForm {

  protected EnterpriseChangeForm() {}

  private EnterpriseChangeForm(Long filingId) {
    super(filingId);
  }

  /** Prefilled with the enterprise's current data, which the applicant edits. */
  public static EnterpriseChangeForm prefilled(Long filingId, EnterpriseProfile e) {
    var f = new EnterpriseChangeForm(filingId);
    f.prefill(e);
    return f;
  }
}
