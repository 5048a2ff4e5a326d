package cn.autogov.usedcar.application;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.kernel.DomainText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;

/**
 * The statistics as a workbook (导出 Excel): by region, by vehicle class and by period, one sheet
 * each, figures as numbers (amounts in 万元), and a sheet saying what was counted, where and when.
 */
public final class StatisticsWorkbook {

  private StatisticsWorkbook() {}

  public static String fileName(Statistics s, Locale locale) {
    String where =
        s.regionName() == null ? DomainText.text(locale, "statistics.national") : s.regionName();
    String span = s.from().equals(s.to()) ? s.from() : s.from() + "_" + s.to();
    return DomainText.text(locale, "statistics.file") + "-" + where + "-" + span + ".xlsx";
  }

  public static void write(OutputStream out, Statistics s, Locale locale) throws IOException {
    boolean reports = Statistics.Source.REPORTS.name().equals(s.source());
    List<String> header = new ArrayList<>();
    header.add(DomainText.text(locale, "statistics.region"));
    header.add(DomainText.text(locale, "statistics.region-code"));
    if (reports) {
      header.add(DomainText.text(locale, "statistics.returns"));
    }
    s.columns().forEach(c -> header.add(DomainText.text(locale, "reportColumn." + c)));
    try (var x = new XlsxWriter(out, DomainText.text(locale, "statistics.by-region"), header)) {
      for (Statistics.Line l : s.regions()) {
        List<Object> row = new ArrayList<>(List.of(l.name(), l.key()));
        if (reports) {
          row.add(l.returns());
        }
        s.columns().forEach(c -> row.add(l.value(c)));
        x.row(row);
      }
      List<Object> sum = new ArrayList<>(List.of(DomainText.text(locale, "statistics.total"), ""));
      if (reports) {
        sum.add(s.returns());
      }
      s.columns().forEach(c -> sum.add(s.total().get(c)));
      x.row(sum);
      sheet(
          x,
          DomainText.text(locale, "statistics.by-class"),
          s,
          s.classes(),
          locale,
          "vehicleClass.");
      sheet(x, DomainText.text(locale, "statistics.by-period"), s, s.periods(), locale, null);
      Worksheet about = x.addSheet(DomainText.text(locale, "statistics.about"));
      int r = 0;
      for (String[] kv :
          List.of(
              new String[] {"statistics.kind", DomainText.text(locale, "reportKind." + s.kind())},
              new String[] {
                "statistics.source", DomainText.text(locale, "statistics.source." + s.source())
              },
              new String[] {
                "statistics.region",
                s.regionName() == null
                    ? DomainText.text(locale, "statistics.national")
                    : s.regionName()
              },
              new String[] {"statistics.span", s.from() + " — " + s.to()},
              new String[] {"statistics.unit", DomainText.text(locale, "statistics.unit-text")},
              new String[] {
                "statistics.made", cn.autogov.kernel.BusinessTime.now().format(DomainText.TIME)
              })) {
        XlsxWriter.text(about, r, 0, DomainText.text(locale, kv[0]));
        XlsxWriter.text(about, r++, 1, kv[1]);
      }
      about.width(0, 16);
      about.width(1, 40);
    }
  }

  private static void sheet(
      XlsxWriter x,
      String name,
      Statistics s,
      List<Statistics.Line> lines,
      Locale locale,
      String labelPrefix) {
    Worksheet ws = x.addSheet(name);
    int c = 0;
    XlsxWriter.text(
        ws,
        0,
        c++,
        DomainText.text(locale, labelPrefix == null ? "statistics.period" : "statistics.class"));
    for (String col : s.columns()) {
      XlsxWriter.text(ws, 0, c, DomainText.text(locale, "reportColumn." + col));
      ws.style(0, c).bold().fillColor("DDEBF7").set();
      ws.width(c++, 16);
    }
    ws.style(0, 0).bold().fillColor("DDEBF7").set();
    ws.width(0, 28);
    int r = 1;
    for (Statistics.Line l : lines) {
      XlsxWriter.text(
          ws, r, 0, labelPrefix == null ? l.key() : DomainText.text(locale, labelPrefix + l.key()));
      c = 1;
      for (String col : s.columns()) {
        XlsxWriter.value(ws, r, c++, l.value(col));
      }
      r++;
    }
  }
}
