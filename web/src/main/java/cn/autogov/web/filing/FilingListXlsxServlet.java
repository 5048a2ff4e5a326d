package cn.autogov.web.filing;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.application.FilingView;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.web.platform.LanguageBacking;
import cn.autogov.web.platform.Texts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * /app/filings/list.xlsx: the enterprise's 备案列表 as an Excel workbook, in the user's language — the
 * same rows as /app/filings/index.xhtml (the service lets only the enterprise's side read them).
 */
@WebServlet("/app/filings/list.xlsx")
public class FilingListXlsxServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB FilingService filings;

  @Inject LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    List<FilingView> rows;
    try {
      rows = filings.mine();
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    ResourceBundle ui = ResourceBundle.getBundle(Texts.UI_BUNDLE, language.getLocale());
    res.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"filings-"
            + BusinessTime.today()
            + ".xlsx\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(
                    text(ui, "filings.title") + "-" + BusinessTime.today() + ".xlsx",
                    java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    try (var x =
        new XlsxWriter(
            res.getOutputStream(),
            text(ui, "filings.title"),
            List.of(
                text(ui, "filing.number"),
                text(ui, "filing.type"),
                text(ui, "filing.applicant"),
                text(ui, "filing.status"),
                text(ui, "filing.submittedAt"),
                text(ui, "filing.reviewedAt"),
                text(ui, "filing.validFrom"),
                text(ui, "filing.validUntil"),
                text(ui, "filing.remark")))) {
      for (FilingView r : rows) {
        x.row(
            java.util.Arrays.asList(
                r.number(),
                text(ui, "filingType." + r.type()),
                r.applicantName(),
                text(ui, r.statusKey()),
                day(r.submittedAt()),
                day(r.decidedAt()),
                day(r.validFrom()),
                day(r.validUntil()),
                r.remark()));
      }
    }
  }

  private static String day(TemporalAccessor t) {
    return t == null ? null : LocalDate.from(t).toString();
  }

  private static String text(ResourceBundle b, String key) {
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
