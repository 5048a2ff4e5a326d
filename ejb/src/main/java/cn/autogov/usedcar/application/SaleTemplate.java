package cn.autogov.usedcar.application;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.kernel.DomainText;
import cn.autogov.usedcar.domain.PartyKind;
import cn.autogov.usedcar.domain.SaleColumns;
import cn.autogov.usedcar.domain.SaleEntry;
import cn.autogov.usedcar.domain.VehicleClass;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;

/**
 * 表格下载: the Excel template of used-car sales (seed 003 §2.4.2) — the columns of the form in its
 * order, drop-down lists from the code lists (是否企业, 是否代理人, 车辆类型) kept on a sheet of their own, and
 * a sheet of instructions: what each column takes, which may stay blank, how the import checks it.
 */
public final class SaleTemplate {

  /** Rows of the template that carry the drop-down lists. */
  static final int ROWS_WITH_LISTS = 100_000;

  private SaleTemplate() {}

  public static void write(OutputStream out, Locale locale) throws IOException {
    List<String> header = SaleColumns.header(locale);
    try (var x = new XlsxWriter(out, DomainText.text(locale, "usedcar.sheet-name"), header)) {
      Worksheet help = x.addSheet(DomainText.text(locale, "usedcar.sheet-help"));
      XlsxWriter.text(help, 0, 0, DomainText.text(locale, "usedcar.sheet-help-column"));
      XlsxWriter.text(help, 0, 1, DomainText.text(locale, "usedcar.sheet-help-rule"));
      help.width(0, 28);
      help.width(1, 100);
      int r = 1;
      for (String line : DomainText.text(locale, "usedcar.sheet-help-intro").split("\\|")) {
        XlsxWriter.text(help, r++, 1, line);
      }
      for (String f : SaleEntry.FIELDS) {
        XlsxWriter.text(help, r, 0, DomainText.text(locale, "field." + f));
        XlsxWriter.text(help, r++, 1, DomainText.text(locale, "usedcar.help." + f));
      }
      Worksheet codes = x.addSheet(DomainText.text(locale, "usedcar.sheet-codes"));
      List<String> kinds = labels(locale, "partyKind", PartyKind.values());
      List<String> yesNo =
          List.of(DomainText.text(locale, "usedcar.no"), DomainText.text(locale, "usedcar.yes"));
      List<String> classes = labels(locale, "vehicleClass", VehicleClass.values());
      column(codes, 0, kinds);
      column(codes, 1, yesNo);
      column(codes, 2, classes);
      for (int c = 0; c < SaleEntry.FIELDS.size(); c++) {
        String f = SaleEntry.FIELDS.get(c);
        if (f.endsWith("Kind")) {
          x.dropDown(c, ROWS_WITH_LISTS, codes, 0, kinds.size());
        } else if (f.equals("hasAgent")) {
          x.dropDown(c, ROWS_WITH_LISTS, codes, 1, yesNo.size());
        } else if (f.equals("vehicleClass")) {
          x.dropDown(c, ROWS_WITH_LISTS, codes, 2, classes.size());
        }
      }
    }
  }

  private static List<String> labels(Locale locale, String list, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> DomainText.text(locale, list + "." + v.name())).toList();
  }

  private static void column(Worksheet ws, int c, List<String> values) {
    for (int r = 0; r < values.size(); r++) {
      XlsxWriter.text(ws, r, c, values.get(r));
    }
    ws.width(c, 30);
  }
}
