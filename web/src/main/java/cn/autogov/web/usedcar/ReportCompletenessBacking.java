package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.Completeness;
import cn.autogov.usedcar.application.UsedCarReportReviews;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * /review/usedcar/reports.xhtml: the local commerce authority's completeness of a period's returns
 * in its division (expected, reported on time and late, missing, accepted), each business's line
 * with its return to open, and 催报 of every missing one at once.
 */
@Named
@ViewScoped
public class ReportCompletenessBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UsedCarReportReviews reviews;

  private ReportKind kind = ReportKind.MONTHLY;
  private String period;
  private String region;
  private Completeness completeness;

  @PostConstruct
  void load() {
    period = kind.periodOf(LocalDate.now()).previous().code();
    search();
  }

  public void search() {
    completeness = Forms.call("completeness", () -> reviews.completeness(kind, period, region));
  }

  /** 催报: every missing business of the period hears of it (once a day). */
  public void remind() {
    Integer n = Forms.call("completeness", () -> reviews.remindMissing(kind, period, region));
    if (n != null) {
      Forms.info(Texts.ui("completeness.reminded", n));
      search();
    }
  }

  public ReportKind[] getKinds() {
    return ReportKind.values();
  }

  public ReportKind getKind() {
    return kind;
  }

  public void setKind(ReportKind kind) {
    this.kind = kind;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Completeness getCompleteness() {
    return completeness;
  }
}
