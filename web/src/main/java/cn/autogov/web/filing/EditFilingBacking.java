package cn.autogov.web.filing;

import cn.autogov.document.store.Upload;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingService;
import cn.autogov.web.identity.Uploads;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * /app/filings/edit.xhtml?id=: fill in a filing (any type: the fields and the checklist come from
 * its definition), upload its materials, 暂存, 保存, 上报. Refused input stays on the page.
 */
@Named
@ViewScoped
public class EditFilingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FilingService filings;

  @Inject cn.autogov.identity.application.ClientCertificates certificates;

  private boolean withoutCa;

  private Long id;
  private FilingDetail detail;
  private final Map<String, String> values = new HashMap<>();
  private transient Map<String, UploadedFile> uploads = new HashMap<>();

  /** The page's view action: loading (or answering 404) happens before anything renders. */
  public void open() {
    // the bean's construction did the work
  }

  @PostConstruct
  void load() {
    id = Pages.idParameter();
    detail = Pages.loadOr404(() -> filings.detail(id));
    if (detail != null) {
      detail.fields().forEach(f -> values.put(f.name(), f.value()));
      withoutCa =
          detail.filing().type().startsWith("export-filing")
              && !certificates.callerHoldsCertificate();
    }
  }

  /**
   * An exporter signed in without an e-key (CA): it may file, but say that export licences need the
   * CA (seed 001 §2.2).
   */
  public boolean isWithoutCa() {
    return withoutCa;
  }

  /** 暂存: blanks allowed. */
  public String saveDraft() {
    return save(false);
  }

  /** 保存: complete (待上报). */
  public String saveComplete() {
    return save(true);
  }

  private String save(boolean complete) {
    FilingDetail d = Forms.call("edit", () -> filings.save(id, values, complete));
    if (d == null) {
      return null;
    }
    Forms.info(Texts.ui(complete ? "filing.saved" : "filing.draft-saved", d.filing().number()));
    return Pages.redirect("/app/filings/edit.xhtml?id=" + id);
  }

  /** Keeps what was typed (as a draft), then takes each chosen file to its slot. */
  public String upload() {
    if (Forms.call("edit", () -> filings.save(id, values, false)) == null) {
      return null;
    }
    boolean ok = true;
    for (var e : uploads().entrySet()) {
      if (e.getValue() != null && e.getValue().getSize() > 0) {
        Upload u = Uploads.of(e.getValue());
        ok &= Forms.call("edit", () -> filings.attach(id, e.getKey(), u)) != null;
      }
    }
    if (!ok) {
      return null;
    }
    Forms.info(Texts.ui("filing.uploaded"));
    return Pages.redirect("/app/filings/edit.xhtml?id=" + id);
  }

  public String remove(String slot) {
    if (!Forms.run("edit", () -> filings.detach(id, slot))) {
      return null;
    }
    return Pages.redirect("/app/filings/edit.xhtml?id=" + id);
  }

  /** 上报: saved complete first, then submitted. */
  public String submit() {
    if (Forms.call("edit", () -> filings.save(id, values, true)) == null) {
      return null;
    }
    FilingDetail d = Forms.call("edit", () -> filings.submit(id));
    if (d == null) {
      return null;
    }
    Forms.info(Texts.ui("filing.submitted", d.filing().number(), d.filing().dueOn()));
    var context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
    boolean staff = !context.isUserInRole("enterprise") && !context.isUserInRole("agent");
    return Pages.redirect(
        staff ? "/review/filings/intake.xhtml" : "/app/filings/view.xhtml?id=" + id);
  }

  private Map<String, UploadedFile> uploads() {
    if (uploads == null) {
      uploads = new HashMap<>();
    }
    return uploads;
  }

  public FilingDetail getDetail() {
    return detail;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, UploadedFile> getUploads() {
    return uploads();
  }
}
