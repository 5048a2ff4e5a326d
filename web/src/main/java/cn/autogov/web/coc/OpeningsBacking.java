package cn.autogov.web.coc;

import cn.autogov.coc.application.OpeningQueries;
import cn.autogov.coc.application.TaxExchange.EnterpriseOpenings;
import cn.autogov.web.identity.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /app/enterprise/openings.xhtml: the acting enterprise's plants and the tax-linked systems opened
 * for it — 待开通 until the tax side confirms, then 已开通 (or 开通失败 with the reason).
 */
@Named
@ViewScoped
public class OpeningsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OpeningQueries queries;

  @Inject CurrentUser currentUser;

  private EnterpriseOpenings mine;

  /** Null for an agent who acts for no enterprise now. */
  @PostConstruct
  void load() {
    mine = currentUser.isActingForEnterprise() ? queries.mine() : null;
  }

  public EnterpriseOpenings getMine() {
    return mine;
  }
}
