package cn.autogov.usedcar.domain;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of the sales template (表格下载) and of a filled-in sheet: one per field of {@link
 * SaleEntry}, headed by its label (Chinese or English) or its key; a column the error workbook adds
 * ({@value #NOTES_KEY}) is ignored, any other unknown one refused; every required column must be
 * there.
 */
public final class SaleColumns {

  /** The error workbook's column of what is wrong with each row (ignored on import). */
  public static final String NOTES_KEY = "usedcar.sheet-notes";

  /** Columns a sheet may leave out: the agent's, and the price in words. */
  static final Set<String> OPTIONAL =
      Set.of(
          "hasAgent",
          "agentKind",
          "agentName",
          "agentIdNumber",
          "agentAddress",
          "agentMobile",
          "priceInWords");

  private SaleColumns() {}

  /** The template's header in a language. */
  public static List<String> header(Locale locale) {
    return SaleEntry.FIELDS.stream().map(f -> DomainText.text(locale, "field." + f)).toList();
  }

  /**
   * The field of each column of a sheet's header row (null: ignored), or problems under {@code
   * file}: a column the template does not have, a required one missing.
   */
  public static String[] of(List<String> header, Checks checks) {
    Map<String, String> known = new HashMap<>();
    Set<String> ignored = new java.util.HashSet<>();
    for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      for (String f : SaleEntry.FIELDS) {
        known.put(DomainText.text(l, "field." + f), f);
      }
      ignored.add(DomainText.text(l, NOTES_KEY));
    }
    SaleEntry.FIELDS.forEach(f -> known.put(f, f));
    String[] columns = new String[header.size()];
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i) == null ? "" : header.get(i).strip().replaceAll("^\\*", "");
      if (h.isEmpty() || ignored.contains(h)) {
        continue;
      }
      columns[i] = known.get(h);
      if (columns[i] == null) {
        checks.add("file", "input.sheet-unknown-column", "column", h);
      } else if (!seen.add(columns[i])) {
        checks.add("file", "usedcar.sheet-column-twice", "column", h);
      }
    }
    for (String f : SaleEntry.FIELDS) {
      if (!seen.contains(f) && !OPTIONAL.contains(f)) {
        checks.add(
            "file",
            "usedcar.sheet-column-missing",
            "column",
            DomainText.text(Locale.SIMPLIFIED_CHINESE, "field." + f));
      }
    }
    return columns;
  }

  /** One row's values under the columns' fields. */
  public static SaleEntry entry(String[] columns, List<String> cells) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < Math.min(columns.length, cells.size()); i++) {
      if (columns[i] != null && cells.get(i) != null) {
        v.put(columns[i], cells.get(i));
      }
    }
    return new SaleEntry(v);
  }

  /** Whether every cell is blank (a row the sheet left empty: skipped). */
  public static boolean blank(List<String> cells) {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
