package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.ReportView;
import cn.autogov.usedcar.application.UsedCarReports;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * /app/usedcar/report.xhtml?id=: one return as the seed's table (车种 rows; 交易金额 in 万元, 交易数量, 使用性质),
 * each figure beside what the sales records gave; a figure typed other than the records' asks for
 * its reason beside it; 保存, 重新取数, 上报, and 申请更正 once accepted. What was typed stays when something
 * is refused.
 */
@Named
@ViewScoped
public class UsedCarReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UsedCarReports reports;

  private ReportView view;
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  private String fillerName;
  private String correctionReason;

  @PostConstruct
  void load() {
    String given =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (given != null && given.matches("\\d{1,18}")) {
      show(Forms.call("report", () -> reports.get(Long.valueOf(given))));
    }
  }

  private void show(ReportView v) {
    if (v == null) {
      return;
    }
    view = v;
    values.clear();
    reasons.clear();
    for (var row : v.rows()) {
      row.cells()
          .forEach(
              (col, cell) -> {
                String key = row.vehicleClass() + "." + col;
                values.put(key, cell.value() == null ? "" : cell.value().toPlainString());
                if (cell.reason() != null) {
                  reasons.put(key, cell.reason());
                }
              });
    }
    fillerName = v.fillerName();
  }

  public void save() {
    ReportView v =
        Forms.call(
            "report",
            () ->
                reports.save(
                    view.id(), view.version(), Map.copyOf(values), nonBlank(reasons), fillerName));
    if (v != null) {
      show(v);
      Forms.info(Texts.ui("report.saved"));
    }
  }

  public void recompute() {
    ReportView v = Forms.call("report", () -> reports.recompute(view.id(), view.version()));
    if (v != null) {
      show(v);
      Forms.info(Texts.ui("report.recomputed"));
    }
  }

  /** 上报: saved first, so what is on the screen is what goes. */
  public void submit() {
    ReportView saved =
        Forms.call(
            "report",
            () ->
                reports.save(
                    view.id(), view.version(), Map.copyOf(values), nonBlank(reasons), fillerName));
    if (saved == null) {
      return;
    }
    view = saved;
    ReportView v = Forms.call("report", () -> reports.submit(saved.id(), saved.version()));
    if (v != null) {
      show(v);
      Forms.info(Texts.ui(v.late() ? "report.submittedLate" : "report.submitted"));
    }
  }

  public void requestCorrection() {
    ReportView v =
        Forms.call(
            "report", () -> reports.requestCorrection(view.id(), view.version(), correctionReason));
    if (v != null) {
      show(v);
      correctionReason = null;
      Forms.info(Texts.ui("report.correctionRequested"));
    }
  }

  /** Whether the figure typed is not the records' (its reason is asked beside it). */
  public boolean differs(String row, String col) {
    var cell =
        view.rows().stream()
            .filter(r -> r.vehicleClass().equals(row))
            .findFirst()
            .map(r -> r.cells().get(col))
            .orElse(null);
    if (cell == null || cell.computed() == null) {
      return false;
    }
    try {
      String typed = values.get(row + "." + col);
      return typed == null
          || typed.isBlank()
          || new BigDecimal(typed.strip()).compareTo(cell.computed()) != 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static Map<String, String> nonBlank(Map<String, String> m) {
    Map<String, String> out = new HashMap<>();
    m.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            out.put(k, v);
          }
        });
    return out;
  }

  public ReportView getView() {
    return view;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public String getFillerName() {
    return fillerName;
  }

  public void setFillerName(String fillerName) {
    this.fillerName = fillerName;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public void setCorrectionReason(String correctionReason) {
    this.correctionReason = correctionReason;
  }
}
