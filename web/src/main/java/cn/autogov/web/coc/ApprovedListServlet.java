package cn.autogov.web.coc;

import cn.autogov.coc.application.BatchChangeReview;
import cn.autogov.coc.application.BatchChangeReview.Approved;
import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
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
import java.util.List;
import java.util.ResourceBundle;

/**
 * /files/batch/approved.xlsx?id=: the approved list of a 合格证电子信息批量变更 as an Excel workbook, for
 * whoever may read the filing (the enterprise, the centre).
 */
@WebServlet("/files/batch/approved.xlsx")
public class ApprovedListServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB BatchChangeReview review;

  @Inject LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    List<Approved> rows;
    try {
      rows = review.approvedList(Long.valueOf(req.getParameter("id")));
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (RefusedException | NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var locale = language.getLocale();
    ResourceBundle ui = ResourceBundle.getBundle(Texts.UI_BUNDLE, locale);
    res.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    String name = rows.isEmpty() ? "approved" : rows.get(0).filing();
    res.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
    try (var x =
        new XlsxWriter(
            res.getOutputStream(),
            ui.getString("batch.approvedList"),
            List.of(
                DomainText.text(locale, "field.certificates.certificateNumber"),
                DomainText.text(locale, "field.certificates.vin"),
                DomainText.text(locale, "field.certificates.vehicleModel"),
                DomainText.text(locale, "field.changeKind")))) {
      for (Approved a : rows) {
        x.row(
            java.util.Arrays.asList(
                a.certificateNumber(),
                a.vin(),
                a.vehicleModel(),
                ui.getString("batchChangeKind." + a.changeKind())));
      }
    }
  }
}
