package cn.autogov.usedcar.domain;

import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 二手车鉴定评估机构 / 经销企业 / 经纪公司 / 拍卖公司备案 (seed 003 §2.3.2–2.3.5): the same form, with the number of
 * professional staff.
 */
@Entity
@Table(name = "uc_business_filing")
public class BusinessFilingForm extends UsedCarFilingForm {

  @Input(after = "branchCount", max = 1_000_000)
  @Column(name = "professional_staff")
  private Integer professionalStaff;

  protected BusinessFilingForm() {}
}
