package cn.autogov.web.filing;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingReader;
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
import java.util.List;

/**
 * /app/filings/rows.xlsx?id=&table=: the platform's xlsx template of a filing's table field (合格证
 * 批量变更's list, say): one header row of the columns' labels in the user's language, to fill in and
 * import on the filing's page.
 */
@WebServlet("/app/filings/rows.xlsx")
public class RowTemplateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB FilingReader filings;

  @Inject LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String table = req.getParameter("table");
    FilingDetail.Field field;
    try {
      FilingDetail d = filings.detail(Long.valueOf(req.getParameter("id")));
      field =
          d.fields().stream()
              .filter(f -> f.name().equals(table) && f.columns() != null && !f.columns().isEmpty())
              .findFirst()
              .orElse(null);
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (RefusedException | NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (field == null) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var locale = language.getLocale();
    List<String> header =
        field.columns().stream()
            .map(c -> DomainText.text(locale, "field." + table + "." + c.name()))
            .toList();
    res.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader("Content-Disposition", "attachment; filename=\"" + table + ".xlsx\"");
    try (var x =
        new XlsxWriter(res.getOutputStream(), DomainText.text(locale, "field." + table), header)) {
      // the header alone: the rows are the enterprise's
    }
  }
}
