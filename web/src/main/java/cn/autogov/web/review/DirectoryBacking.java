package cn.autogov.web.review;

import cn.autogov.enterprise.application.EnterpriseService;
import cn.autogov.enterprise.application.EnterpriseView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /review/enterprises.xhtml: the enterprises in the reviewer's scope (division or national). */
@Named
@RequestScoped
public class DirectoryBacking {

  @Inject EnterpriseService enterprises;

  private List<EnterpriseView> all;

  private String code;

  @PostConstruct
  void load() {
    code =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("code");
    all = enterprises.directory(code);
  }

  /** The code searched for (credit code or a former code), or null. */
  public String getCode() {
    return code;
  }

  public List<EnterpriseView> getAll() {
    return all;
  }
}
