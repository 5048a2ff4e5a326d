package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.UsedCarSales;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's 二手车销售管理 link: shown to whoever acts for a used-car business. */
@Named
@RequestScoped
public class UsedCarNav {

  @Inject UsedCarSales sales;

  private Boolean business;

  private cn.autogov.usedcar.application.UsedCarConfirmations.Standing standing;

  /** Where the caller's enterprise stands with the local authority (the import page's notice). */
  public cn.autogov.usedcar.application.UsedCarConfirmations.Standing getStanding() {
    if (standing == null) {
      standing = sales.standing();
    }
    return standing;
  }

  /** Asked of enterprise-side callers only (the header checks the role first). */
  public boolean isBusiness() {
    if (business == null) {
      business = sales.isBusiness();
    }
    return business;
  }
}
