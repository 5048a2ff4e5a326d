package cn.autogov.web.filing;

import cn.autogov.audit.application.AuditView;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.filing.application.RemarkTemplates;
import cn.autogov.filing.application.ReviewService;
import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.FulfilmentStep;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * /review/filings/view.xhtml?id=: one filing on the workbench — the form (a change beside the
 * approved values), materials shown in the page, the timeline; claim, release, assign, and the
 * decision with a remark from the reviewer's templates.
 */
@Named
@ViewScoped
public class ReviewFilingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FilingReader reader;

  @Inject ReviewService review;

  @Inject RemarkTemplates templates;

  private Long id;
  private FilingDetail detail;
  private List<AuditView> audit;
  private List<String> colleagues;
  private List<RemarkTemplates.View> remarkTemplates;
  private String remark;
  private String assignee;
  private boolean shareTemplate;
  private String datum;

  /** The page's view action: loading (or answering 404) happens before anything renders. */
  public void open() {
    // the bean's construction did the work
  }

  @PostConstruct
  void load() {
    id = Pages.idParameter();
    detail = Pages.loadOr404(() -> reader.detail(id));
    if (detail != null && isStaff()) { // a legal person decides alone, without templates
      colleagues = review.colleagues(id);
      remarkTemplates = templates.visible();
    }
  }

  /** Whether the caller is a reviewing organisation's staff (not a legal person deciding). */
  public boolean isStaff() {
    return !inRole(cn.autogov.access.Role.Names.ENTERPRISE);
  }

  private static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  /** The approve button's words: the stage's own (a legal person's 同意), else 审核通过. */
  public String getApproveLabel() {
    return Texts.uiOr("stage." + detail.filing().stageCode() + ".approve", "workbench.approve");
  }

  /** The reject button's words: the stage's own (拒绝), else 审核不通过. */
  public String getRejectLabel() {
    return Texts.uiOr("stage." + detail.filing().stageCode() + ".reject", "workbench.reject");
  }

  /**
   * Whether the filing waits at the caller's stage (the issuing authority's 核验, not the provider's
   * 复核): only then are claiming and deciding offered.
   */
  public boolean isDecidable() {
    return detail.filing().operations().stream()
        .anyMatch(o -> o.startsWith("decide:") && inRole(o.substring("decide:".length())));
  }

  /** Whether the caller may revoke the approved filing (撤销: 无效). */
  public boolean isRevocable() {
    return detail.filing().operations().stream()
        .anyMatch(o -> o.startsWith("revoke:") && inRole(o.substring("revoke:".length())));
  }

  /** 撤销: the approved filing becomes 无效, with the remark as its reason. */
  public String revoke() {
    FilingDetail d = Forms.call("review", () -> review.revoke(id, remark));
    if (d == null) {
      return null;
    }
    Forms.info(Texts.ui("review.revoked", d.filing().number()));
    return again();
  }

  private String again() {
    return Pages.redirect("/review/filings/view.xhtml?id=" + id);
  }

  public String claim() {
    return Forms.run("review", () -> review.claim(id)) ? again() : null;
  }

  public String release() {
    return Forms.run("review", () -> review.release(id)) ? again() : null;
  }

  public String assign() {
    return Forms.run("review", () -> review.assign(id, assignee)) ? again() : null;
  }

  public String approve() {
    return decide(Decision.APPROVE);
  }

  public String reject() {
    return decide(Decision.REJECT);
  }

  public String sendBack() {
    return decide(Decision.RETURN);
  }

  private String decide(Decision decision) {
    long seen = detail.filing().version();
    FilingDetail d = Forms.call("review", () -> review.decide(id, seen, decision, remark));
    if (d == null) {
      return null;
    }
    Forms.info(Texts.ui("review.decided", d.filing().number()));
    return Pages.redirect("/review/filings/index.xhtml");
  }

  /**
   * The fulfilment step after 审核通过 the filing waits for, when the caller's role records it (else
   * null).
   */
  public FulfilmentStep getMyStep() {
    FulfilmentStep next = detail.filing().nextStep();
    return next != null && !next.byApplicant() && inRole(next.role().roleName()) ? next : null;
  }

  /** 办理: records the step the filing waits for, with its datum (a tracking number). */
  public String fulfil() {
    FulfilmentStep step = getMyStep();
    if (step == null) {
      return again();
    }
    var datumInput =
        step.datum() == null ? Map.<String, String>of() : Map.of(step.datum(), "datum");
    FilingDetail d = Forms.call("review", datumInput, () -> review.fulfil(id, step.code(), datum));
    if (d == null) {
      return null;
    }
    Forms.info(Texts.ui("review.fulfilled", d.filing().number()));
    return again();
  }

  public String getDatum() {
    return datum;
  }

  public void setDatum(String datum) {
    this.datum = datum;
  }

  /** Keeps the remark as a template (the reviewer's own, or shared with the role). */
  public void saveTemplate() {
    if (Forms.run("review", () -> templates.add(remark, shareTemplate))) {
      remarkTemplates = templates.visible();
    }
  }

  public void useTemplate(String text) {
    remark = text;
  }

  public void removeTemplate(Long templateId) {
    if (Forms.run("review", () -> templates.remove(templateId))) {
      remarkTemplates = templates.visible();
    }
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

  public List<String> getColleagues() {
    return colleagues;
  }

  public List<RemarkTemplates.View> getRemarkTemplates() {
    return remarkTemplates;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public boolean isShareTemplate() {
    return shareTemplate;
  }

  public void setShareTemplate(boolean shareTemplate) {
    this.shareTemplate = shareTemplate;
  }

  /** Whether the caller holds the filing (decisions need it claimed or free). */
  public String getCaller() {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getUserPrincipal()
        .getName();
  }
}
