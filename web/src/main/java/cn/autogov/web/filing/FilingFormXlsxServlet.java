package cn.autogov.web.filing;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.filing.domain.FieldKind;
import cn.autogov.filing.domain.FormField;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import cn.autogov.web.platform.LanguageBacking;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;

/**
 * /app/filings/form.xlsx?id=: 导出 of a filing's form (the 备案登记表 of seed 003 §2.3, and any type's) as
 * a workbook in the user's language — its number, type and status, each field by its label (options
 * by their names), and each table (分支机构, …) on a sheet of its own with its columns. Whoever may
 * read the filing may export it.
 */
@WebServlet("/app/filings/form.xlsx")
public class FilingFormXlsxServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB FilingReader filings;

  @Inject LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    FilingDetail d;
    try {
      d = filings.detail(Long.valueOf(req.getParameter("id")));
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (RefusedException | NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = language.getLocale();
    String type = FilingRows.option("filingType." + d.filing().type(), locale);
    res.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + d.filing().number()
            + ".xlsx\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(
                    d.filing().number() + " " + type + ".xlsx",
                    java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    try (var x =
        new XlsxWriter(
            res.getOutputStream(),
            type,
            List.of(
                DomainText.text(locale, "field.item"), DomainText.text(locale, "field.content")))) {
      x.row(List.of(FilingRows.option("filing.number", locale), d.filing().number()));
      x.row(
          List.of(
              FilingRows.option("filing.status", locale),
              FilingRows.option(d.filing().statusKey(), locale)));
      List<FilingDetail.Field> tables = new ArrayList<>();
      for (FilingDetail.Field f : d.fields()) {
        if (f.rows() != null) {
          tables.add(f);
          continue;
        }
        x.row(Arrays.asList(DomainText.fieldLabel(locale, f.name()), value(f, f.value(), locale)));
      }
      for (FilingDetail.Field t : tables) {
        Worksheet ws = x.addSheet(DomainText.fieldLabel(locale, t.name()));
        List<FormField> columns = t.columns();
        for (int c = 0; c < columns.size(); c++) {
          XlsxWriter.text(
              ws, 0, c, DomainText.text(locale, "field." + t.name() + "." + columns.get(c).name()));
          ws.style(0, c).bold().set();
          ws.width(c, 24);
        }
        int r = 1;
        for (Map<String, String> row : t.rows()) {
          for (int c = 0; c < columns.size(); c++) {
            FormField col = columns.get(c);
            String v = row.get(col.name());
            if (col.kind() == FieldKind.CHOICE && v != null && !v.isEmpty()) {
              v = FilingRows.option(col.optionLabel(v), locale);
            }
            XlsxWriter.text(ws, r, c, v);
          }
          r++;
        }
      }
    }
  }

  private static String value(FilingDetail.Field f, String v, Locale locale) {
    if (v != null && !v.isEmpty() && f.kind() == FieldKind.CHOICE) {
      return FilingRows.option(f.optionLabel(v), locale);
    }
    return v;
  }
}
