package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.domain.FormField;
import cn.autogov.web.platform.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An imported sheet's choices as the form takes them: a cell that reads as an option's label (是, 否,
 * Yes, No — the portal's words, in either language) becomes the option's code; anything else stays
 * as typed, for the form to check.
 */
final class RowSheets {

  private RowSheets() {}

  static List<List<String>> withCodes(FilingDetail detail, String table, List<List<String>> rows) {
    Map<String, String> codes = new HashMap<>();
    detail.fields().stream()
        .filter(f -> f.name().equals(table) && f.columns() != null)
        .flatMap(f -> f.columns().stream())
        .filter(c -> !c.options().isEmpty())
        .forEach(c -> labels(c, codes));
    List<List<String>> out = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      if (r == 0) {
        out.add(rows.get(0)); // the header
        continue;
      }
      List<String> row = new ArrayList<>(rows.get(r));
      row.replaceAll(v -> v == null ? null : codes.getOrDefault(v.strip(), v));
      out.add(row);
    }
    return out;
  }

  private static void labels(FormField column, Map<String, String> codes) {
    for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      ResourceBundle ui = ResourceBundle.getBundle(Texts.UI_BUNDLE, l);
      for (String code : column.options()) {
        try {
          codes.putIfAbsent(ui.getString(column.optionLabel(code)), code);
        } catch (MissingResourceException e) {
          // no label: the code itself is what the sheet holds
        }
      }
    }
  }
}
