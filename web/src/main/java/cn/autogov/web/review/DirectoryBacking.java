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

  @PostConstruct
  void load() {
    all = enterprises.directory();
  }

  public List<EnterpriseView> getAll() {
    return all;
  }
}
