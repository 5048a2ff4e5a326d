package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.ReportView;
import cn.autogov.usedcar.application.UsedCarConfirmations;
import cn.autogov.usedcar.application.UsedCarReports;
import cn.autogov.usedcar.application.UsedCarSales;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * /app/usedcar/reports.xhtml: 二手车交易月报 (企业) and 鉴定评估季报 (seed 003 §2.5.1): the enterprise's returns
 * of a kind by year (报表月度, 填报单位, 填报人, 填报时间, status, 逾期), and 添加 of a period.
 */
@Named
@ViewScoped
public class UsedCarReportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UsedCarReports reports;

  @Inject UsedCarSales sales;

  private UsedCarConfirmations.Standing standing;
  private List<ReportKind> kinds = List.of();
  private ReportKind kind = ReportKind.MONTHLY;
  private Integer year;
  private int addYear;
  private int addNumber;
  private List<ReportView> rows = List.of();

  @PostConstruct
  void load() {
    standing = sales.standing();
    if (standing.confirmed()) {
      kinds = reports.kinds();
    }
    String k =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kind");
    if ("APPRAISAL".equals(k) || !kinds.contains(ReportKind.MONTHLY) && !kinds.isEmpty()) {
      kind = kinds.contains(ReportKind.APPRAISAL) ? ReportKind.APPRAISAL : kind;
    }
    var last = kind.periodOf(LocalDate.now()).previous();
    addYear = last.year();
    addNumber = last.number();
    search();
  }

  /** 搜索: the kind's returns of the year chosen (all years when none). */
  public void search() {
    if (kinds.contains(kind)) {
      rows = Forms.call("reports", () -> reports.list(kind, year));
      if (rows == null) {
        rows = List.of();
      }
    }
  }

  /** 添加: opens the period's return (pre-filled), or the one already there. */
  public String add() {
    String period =
        kind == ReportKind.MONTHLY
            ? String.format("%04d-%02d", addYear, addNumber)
            : addYear + "-Q" + addNumber;
    ReportView v = Forms.call("reports", () -> reports.open(kind, period));
    return v == null ? null : "/app/usedcar/report?faces-redirect=true&id=" + v.id();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now().getYear();
    return IntStream.rangeClosed(now - 9, now).boxed().sorted((a, b) -> b - a).toList();
  }

  public List<Integer> getNumbers() {
    return IntStream.rangeClosed(1, 12 / kind.months()).boxed().toList();
  }

  public UsedCarConfirmations.Standing getStanding() {
    return standing;
  }

  public List<ReportKind> getKinds() {
    return kinds;
  }

  public ReportKind getKind() {
    return kind;
  }

  public void setKind(ReportKind kind) {
    this.kind = kind;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public int getAddYear() {
    return addYear;
  }

  public void setAddYear(int addYear) {
    this.addYear = addYear;
  }

  public int getAddNumber() {
    return addNumber;
  }

  public void setAddNumber(int addNumber) {
    this.addNumber = addNumber;
  }

  public List<ReportView> getRows() {
    return rows;
  }
}
