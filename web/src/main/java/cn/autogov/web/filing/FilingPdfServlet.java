package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingDocument;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.kernel.RefusedException;
import cn.autogov.web.platform.PublicUrl;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /files/pdf/filing/{id}/record.pdf (备案表) and …/decision.pdf (审核决定书), generated when asked, for
 * whoever may read the filing (web.xml: signed in; the service: the filing's readers).
 */
@WebServlet("/files/pdf/*")
public class FilingPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB FilingReader reader;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String[] parts = req.getPathInfo() == null ? new String[0] : req.getPathInfo().split("/");
    if (parts.length != 4
        || !"filing".equals(parts[1])
        || !parts[2].matches("\\d{1,18}")
        || !parts[3].endsWith(".pdf")) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FilingDocument.Kind kind = FilingDocument.Kind.of(parts[3].substring(0, parts[3].length() - 4));
    FilingDocument doc;
    try {
      doc = reader.document(Long.valueOf(parts[2]), kind);
    } catch (RefusedException.NotFoundException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (RefusedException e) {
      res.sendError(HttpServletResponse.SC_CONFLICT);
      return;
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    res.setContentType("application/pdf");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader("Content-Disposition", FilingPdfs.contentDisposition(doc));
    FilingPdfs.write(doc, PublicUrl.of(req), res.getOutputStream());
  }
}
