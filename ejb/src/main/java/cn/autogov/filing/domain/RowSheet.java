package cn.autogov.filing.domain;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table field's rows from a sheet (the platform's xlsx template): the header row names the
 * columns — by their labels in Chinese or English, or by their keys — and each row below becomes a
 * row of the table ({@code table.<row>.<column>}), blank rows skipped by the form. A header the
 * table does not know, or no header at all, is refused under the table's name.
 */
public final class RowSheet {

  private RowSheet() {}

  public static Map<String, String> cells(FilingType type, String table, List<List<String>> sheet) {
    FormField field = column(type, table);
    var checks = new Checks();
    if (sheet.isEmpty()) {
      checks.add(table, "input.sheet-empty");
      checks.throwIfAny();
    }
    Map<String, String> byHeader = new HashMap<>();
    for (FormField c : field.columns()) {
      byHeader.put(c.name(), c.name());
      for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
        byHeader.put(DomainText.text(l, "field." + table + "." + c.name()), c.name());
      }
    }
    List<String> header = sheet.get(0);
    String[] columns = new String[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (h == null) {
        continue;
      }
      columns[i] = byHeader.get(h.strip());
      if (columns[i] == null) {
        checks.add(table, "input.sheet-unknown-column", "column", h);
      }
    }
    checks.throwIfAny();
    Map<String, String> values = new LinkedHashMap<>();
    for (int r = 1; r < sheet.size(); r++) {
      List<String> row = sheet.get(r);
      for (int i = 0; i < Math.min(row.size(), columns.length); i++) {
        if (columns[i] != null && row.get(i) != null) {
          values.put(table + "." + (r - 1) + "." + columns[i], row.get(i));
        }
      }
    }
    return values;
  }

  private static FormField column(FilingType type, String table) {
    return type.fields().stream()
        .filter(f -> f.name().equals(table) && f.isTable())
        .findFirst()
        .orElseThrow(
            () -> new cn.autogov.kernel.RefusedException("filing.no-such-table", "table", table));
  }
}
