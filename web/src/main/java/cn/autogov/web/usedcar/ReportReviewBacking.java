package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.ReportView;
import cn.autogov.usedcar.application.UsedCarReportReviews;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * /review/usedcar/report.xhtml?id=: a business's return read by its local commerce authority, each
 * corrected figure beside the records' and its reason; 受理, 退回 with a remark, and the answer to a
 * correction request.
 */
@Named
@ViewScoped
public class ReportReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UsedCarReportReviews reviews;

  private ReportView view;
  private String remark;

  @PostConstruct
  void load() {
    String given =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (given != null && given.matches("\\d{1,18}")) {
      view = Forms.call("review", () -> reviews.get(Long.valueOf(given)));
    }
  }

  public void accept() {
    decide(() -> reviews.accept(view.id(), view.version(), remark), "reportReview.accepted");
  }

  public void sendBack() {
    decide(() -> reviews.sendBack(view.id(), view.version(), remark), "reportReview.returned");
  }

  public void approveCorrection() {
    decide(
        () -> reviews.decideCorrection(view.id(), view.version(), true, remark),
        "reportReview.correctionApproved");
  }

  public void refuseCorrection() {
    decide(
        () -> reviews.decideCorrection(view.id(), view.version(), false, remark),
        "reportReview.correctionRefused");
  }

  private void decide(Supplier<ReportView> call, String done) {
    ReportView v = Forms.call("review", call);
    if (v != null) {
      view = v;
      remark = null;
      Forms.info(Texts.ui(done));
    }
  }

  public ReportView getView() {
    return view;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
