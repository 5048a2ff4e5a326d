package cn.autogov.web.coc;

import cn.autogov.coc.application.FrontStyleQueries;
import cn.autogov.coc.application.FrontStyleView;
import cn.autogov.web.identity.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /app/enterprise/front-styles.xhtml and /review/front-styles.xhtml: the register of certificate
 * front styles with their periods — the acting enterprise's own, or (the certification centre)
 * every enterprise's.
 */
@Named
@ViewScoped
public class FrontStylesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FrontStyleQueries styles;

  @Inject CurrentUser currentUser;

  private List<FrontStyleView> rows;

  @PostConstruct
  void load() {
    if (currentUser.getAccount().role() == cn.autogov.access.Role.CERTIFICATION_CENTRE) {
      rows = styles.all();
    } else {
      rows = currentUser.isActingForEnterprise() ? styles.mine() : List.of();
    }
  }

  public List<FrontStyleView> getRows() {
    return rows;
  }
}
