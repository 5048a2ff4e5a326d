package cn.autogov.web.filing;

import cn.autogov.audit.application.AuditView;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.domain.FulfilmentStep;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** /app/filings/view.xhtml?id=: 详情 — status, validity, remarks, materials and the timeline. */
@Named
@ViewScoped
public class FilingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FilingService filings;

  @Inject FilingReader reader;

  private Long id;
  private FilingDetail detail;
  private List<AuditView> audit;
  private String datum;

  /** The page's view action: loading (or answering 404) happens before anything renders. */
  public void open() {
    // the bean's construction did the work
  }

  @PostConstruct
  void load() {
    id = Pages.idParameter();
    detail = Pages.loadOr404(() -> reader.detail(id));
  }

  public String submit() {
    FilingDetail d = Forms.call("filing", () -> filings.submit(id));
    if (d == null) {
      return null;
    }
    Forms.info(Texts.ui("filing.submitted", d.filing().number(), d.filing().dueOn()));
    return Pages.redirect("/app/filings/view.xhtml?id=" + id);
  }

  public String withdraw() {
    if (!Forms.run("filing", () -> filings.withdraw(id))) {
      return null;
    }
    Forms.info(Texts.ui("filing.withdrawn"));
    return Pages.redirect("/app/filings/view.xhtml?id=" + id);
  }

  public String change() {
    FilingDetail d = Forms.call("filing", () -> filings.startChange(id));
    return d == null ? null : Pages.redirect("/app/filings/edit.xhtml?id=" + d.filing().id());
  }

  /**
   * 办理: the applicant's own fulfilment step the approved filing waits for (确认已签收), with its datum
   * when the step has one.
   */
  public String fulfil() {
    FulfilmentStep step = detail.filing().nextStep();
    if (step == null || !detail.filing().can("fulfil")) {
      return Pages.redirect("/app/filings/view.xhtml?id=" + id);
    }
    var datumInput =
        step.datum() == null ? Map.<String, String>of() : Map.of(step.datum(), "datum");
    if (Forms.call("filing", datumInput, () -> filings.fulfil(id, step.code(), datum)) == null) {
      return null;
    }
    Forms.info(Texts.ui("filing.stepRecorded", Texts.domain("fulfilment." + step.code())));
    return Pages.redirect("/app/filings/view.xhtml?id=" + id);
  }

  public String getDatum() {
    return datum;
  }

  public void setDatum(String datum) {
    this.datum = datum;
  }

  /** 审计记录: who did what to the filing, and why (loaded when the page shows it). */
  public List<AuditView> getAudit() {
    if (audit == null) {
      audit = Pages.loadOr404(() -> reader.audit(id));
    }
    return audit;
  }

  public FilingDetail getDetail() {
    return detail;
  }
}
