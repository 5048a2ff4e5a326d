package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.domain.FieldKind;
import cn.autogov.filing.domain.FormField;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A repeating field's rows as people read them, one line a row — {@code 1. 名称：甲；所在地：乙} — in the
 * reviewer's side-by-side change, the applicant's hint of the approved rows and the PDFs.
 */
@Named("filingRows")
@ApplicationScoped
public class FilingRows {

  /** A field's rows (or, {@code approved}, the approved filing's) in the page's language. */
  public String text(FilingDetail.Field f, boolean approved) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<String> lines =
        lines(f.name(), f.columns(), approved ? f.approvedRows() : f.rows(), locale);
    return lines.isEmpty() ? Texts.domain("field.noRows") : String.join("\n", lines);
  }

  /** The lines of a table's rows: each cell as 列名：值, choices by their names. */
  public static List<String> lines(
      String table, List<FormField> columns, List<Map<String, String>> rows, Locale locale) {
    List<String> lines = new ArrayList<>();
    if (rows == null) {
      return lines;
    }
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = new ArrayList<>();
      for (FormField c : columns) {
        String v = rows.get(i).getOrDefault(c.name(), "");
        if (c.kind() == FieldKind.CHOICE && !v.isEmpty()) {
          v = option(c.optionLabel(v), locale);
        }
        cells.add(DomainText.text(locale, "field." + table + "." + c.name()) + "：" + v);
      }
      lines.add((i + 1) + ". " + String.join("；", cells));
    }
    return lines;
  }

  /** An option's name in a language (its code when it has none). */
  public static String option(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(Texts.UI_BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key.substring(key.indexOf('.') + 1);
    }
  }
}
