package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.application.FilingView;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /app/filings/index.xhtml: 我的申请 — the enterprise's filings and the seed's operations. */
@Named
@ViewScoped
public class FilingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FilingService filings;

  private List<FilingView> rows;
  private List<String> startable;

  @PostConstruct
  void load() {
    rows = filings.mine();
    startable = filings.startable();
  }

  /**
   * 新增: a new filing of the type — or, while one of that type is still being filled in (暂存, 待上报,
   * 退回修改), that one, opened where the user left it.
   */
  public String start(String type) {
    var unfinished =
        rows.stream()
            .filter(r -> r.type().equals(type) && !r.change() && r.can("edit"))
            .findFirst();
    if (unfinished.isPresent()) {
      Forms.info(Texts.ui("filing.unfinished-opened", unfinished.get().number()));
      return Pages.redirect("/app/filings/edit.xhtml?id=" + unfinished.get().id());
    }
    FilingDetail d = Forms.call("filings", () -> filings.start(type));
    return d == null ? null : Pages.redirect("/app/filings/edit.xhtml?id=" + d.filing().id());
  }

  /** 变更. */
  public String change(Long id) {
    FilingDetail d = Forms.call("filings", () -> filings.startChange(id));
    return d == null ? null : Pages.redirect("/app/filings/edit.xhtml?id=" + d.filing().id());
  }

  /** 上报. */
  public String submit(Long id) {
    FilingDetail d = Forms.call("filings", () -> filings.submit(id));
    if (d == null) {
      return null;
    }
    Forms.info(Texts.ui("filing.submitted", d.filing().number(), d.filing().dueOn()));
    return Pages.redirect("/app/filings/index.xhtml");
  }

  /** 撤回. */
  public String withdraw(Long id) {
    if (!Forms.run("filings", () -> filings.withdraw(id))) {
      return null;
    }
    Forms.info(Texts.ui("filing.withdrawn"));
    return Pages.redirect("/app/filings/index.xhtml");
  }

  /** 删除. */
  public String delete(Long id) {
    if (!Forms.run("filings", () -> filings.delete(id))) {
      return null;
    }
    Forms.info(Texts.ui("filing.deleted"));
    return Pages.redirect("/app/filings/index.xhtml");
  }

  public List<FilingView> getRows() {
    return rows;
  }

  public List<String> getStartable() {
    return startable;
  }
}
