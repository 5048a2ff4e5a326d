package cn.autogov.web.exchange;

import cn.autogov.exchange.application.ExchangeExport;
import cn.autogov.kernel.RefusedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /admin/exchange-bundle?from=&to=: the message log's proof bundle for the portal (the API has
 * /api/v1/admin/exchange-bundles). Administrators only (web.xml, and the export bean itself).
 */
@WebServlet("/admin/exchange-bundle")
public class ExchangeBundleServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ExchangeExport export;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    long from;
    long to;
    try {
      from = Long.parseLong(req.getParameter("from"));
      to = Long.parseLong(req.getParameter("to"));
    } catch (NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST, "from, to: message numbers");
      return;
    }
    if (from < 1 || to < from || to - from >= ExchangeExport.MAX) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST, "from..to: at most " + ExchangeExport.MAX);
      return;
    }
    res.setContentType("application/zip");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"autogov-exchange-" + from + "-" + to + ".zip\"");
    try {
      export.write(from, to, res.getOutputStream()); // streamed: refusals come before any byte
    } catch (RefusedException e) {
      res.reset();
      res.sendError(HttpServletResponse.SC_BAD_REQUEST, e.key());
    }
  }
}
