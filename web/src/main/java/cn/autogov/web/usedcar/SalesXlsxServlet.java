package cn.autogov.web.usedcar;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.application.SalePage;
import cn.autogov.usedcar.application.SaleQuery;
import cn.autogov.usedcar.application.SaleView;
import cn.autogov.usedcar.application.UsedCarSales;
import cn.autogov.usedcar.domain.SaleColumns;
import cn.autogov.usedcar.domain.SaleEntry;
import cn.autogov.web.platform.LanguageBacking;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /app/usedcar/sales.xlsx?by=&keyword=: 导出 of the sales list (seed 003 §2.4.2) as the search shows
 * it — every matching sale, newest first, in the template's columns (options by their labels) after
 * the entry date — written page by page as it is read, so a long list never sits in memory.
 */
@WebServlet("/app/usedcar/sales.xlsx")
public class SalesXlsxServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject UsedCarSales sales;

  @Inject LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Locale locale = language.getLocale();
    String by = req.getParameter("by");
    String keyword = req.getParameter("keyword");
    SalePage first;
    try {
      first = sales.list(new SaleQuery(by, keyword, null, UsedCarSales.PAGE_MAX));
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (RefusedException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST, DomainText.render(locale, e));
      return;
    }
    String title = DomainText.text(locale, "usedcar.sheet-name");
    res.setContentType(SaleImportResource.XLSX);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"used-car-sales-"
            + BusinessTime.today()
            + ".xlsx\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(
                    title + "-" + BusinessTime.today() + ".xlsx",
                    java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    List<String> header = new ArrayList<>();
    header.add(DomainText.text(locale, "usedcar.entered-on"));
    header.addAll(SaleColumns.header(locale));
    try (var x = new XlsxWriter(res.getOutputStream(), title, header)) {
      for (SalePage page = first; ; ) {
        for (SaleView s : page.rows()) {
          x.row(row(s, locale));
        }
        if (page.next() == null) {
          break;
        }
        page = sales.list(new SaleQuery(by, keyword, page.next(), UsedCarSales.PAGE_MAX));
      }
    }
  }

  private static List<String> row(SaleView s, Locale locale) {
    List<String> r = new ArrayList<>();
    r.add(s.enteredOn().toString());
    for (String f : SaleEntry.FIELDS) {
      String v = s.values().get(f);
      if (v != null && f.endsWith("Kind")) {
        v = DomainText.text(locale, "partyKind." + v);
      } else if (v != null && f.equals("vehicleClass")) {
        v = DomainText.text(locale, "vehicleClass." + v);
      } else if (f.equals("hasAgent")) {
        v = DomainText.text(locale, "true".equals(v) ? "usedcar.yes" : "usedcar.no");
      }
      r.add(v);
    }
    return r;
  }
}
