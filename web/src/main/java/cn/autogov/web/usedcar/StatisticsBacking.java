package cn.autogov.web.usedcar;

import cn.autogov.usedcar.application.Statistics;
import cn.autogov.usedcar.application.StatisticsWorkbook;
import cn.autogov.usedcar.application.UsedCarStatistics;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /review/usedcar/statistics.xhtml: a commerce authority's used-car statistics over its division —
 * what, when and where in the address (bookmarkable; a region's name drills down, the trail goes
 * back up to the caller's own) —, charts by region, vehicle class, use nature and period, the
 * tables, the sales records beside the accepted returns on request, and the workbook.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UsedCarStatistics service;

  @Inject LanguageBacking language;

  private ReportKind kind = ReportKind.MONTHLY;
  private Statistics.Source source = Statistics.Source.REPORTS;
  private String from;
  private String to;
  private String region;
  private boolean compare;
  private Statistics statistics;
  private Statistics recorded;

  /** The view action: the figures the address asks for. */
  public void load() {
    // a view action runs before the template sets the page's language: messages in the user's
    var view = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot();
    view.setLocale(language.getLocale());
    statistics = Forms.call("statistics", () -> service.statistics(kind, source, from, to, region));
    recorded = null;
    if (statistics != null) {
      from = statistics.from();
      to = statistics.to();
      if (compare && source == Statistics.Source.REPORTS && kind == ReportKind.MONTHLY) {
        recorded =
            Forms.call(
                "statistics",
                () -> service.statistics(kind, Statistics.Source.SALES, from, to, region));
      }
    }
  }

  /** 查询: the figures of what was chosen; a mistake is named and what was typed stays. */
  public void search() {
    load();
  }

  /** Reported beside recorded, by region: counts and amounts and what differs. */
  public List<Comparison> getComparison() {
    List<Comparison> rows = new ArrayList<>();
    if (statistics == null || recorded == null) {
      return rows;
    }
    for (Statistics.Line l : statistics.regions()) {
      Statistics.Line r =
          recorded.regions().stream().filter(x -> x.key().equals(l.key())).findFirst().orElse(null);
      BigDecimal rc = r == null ? BigDecimal.ZERO : r.value("TOTAL");
      BigDecimal ra = r == null ? BigDecimal.ZERO : r.value("AMOUNT");
      rows.add(
          new Comparison(
              l.key(),
              l.name(),
              l.value("TOTAL"),
              rc,
              l.value("TOTAL").subtract(rc),
              l.value("AMOUNT"),
              ra,
              l.value("AMOUNT").subtract(ra)));
    }
    return rows;
  }

  /** One region's reported and recorded figures. */
  public record Comparison(
      String key,
      String name,
      BigDecimal reportedCount,
      BigDecimal recordedCount,
      BigDecimal countDifference,
      BigDecimal reportedAmount,
      BigDecimal recordedAmount,
      BigDecimal amountDifference)
      implements Serializable {}

  public String getRegionChart() {
    return statistics == null ? "" : StatisticsCharts.byRegion(statistics, language.getLocale());
  }

  public String getClassChart() {
    return statistics == null ? "" : StatisticsCharts.byClass(statistics, language.getLocale());
  }

  public String getUseChart() {
    return statistics == null ? "" : StatisticsCharts.byUse(statistics, language.getLocale());
  }

  public String getPeriodChart() {
    return statistics == null ? "" : StatisticsCharts.byPeriod(statistics, language.getLocale());
  }

  /** 导出 Excel: the figures shown, as a workbook. */
  public StreamedContent getWorkbook() {
    Statistics s = statistics;
    var locale = language.getLocale();
    if (s == null) {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name(StatisticsWorkbook.fileName(s, locale))
        .contentType(SaleImportResource.XLSX)
        .writer(
            out -> {
              try {
                StatisticsWorkbook.write(out, s, locale);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public ReportKind[] getKinds() {
    return ReportKind.values();
  }

  public Statistics.Source[] getSources() {
    return Statistics.Source.values();
  }

  public ReportKind getKind() {
    return kind;
  }

  public void setKind(ReportKind kind) {
    this.kind = kind == null ? ReportKind.MONTHLY : kind;
  }

  public Statistics.Source getSource() {
    return source;
  }

  public void setSource(Statistics.Source source) {
    this.source = source == null ? Statistics.Source.REPORTS : source;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region == null || region.isBlank() ? null : region.strip();
  }

  public boolean isCompare() {
    return compare;
  }

  public void setCompare(boolean compare) {
    this.compare = compare;
  }

  public Statistics getStatistics() {
    return statistics;
  }

  public Statistics getRecorded() {
    return recorded;
  }
}
