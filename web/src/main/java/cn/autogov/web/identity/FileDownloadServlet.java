package cn.autogov.web.identity;

import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFileView;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.kernel.RefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads of uploaded materials: {@code /files/filing/{id}/{slot}} ({@code ?inline=1}: images and
 * PDFs shown in the page; {@code ?version=} an earlier file of the slot). web.xml requires a
 * signed-in caller; the services decide who may read which file (the applicant, and the reviewers
 * of that queue): another's file answers 404, as a missing one, and the attempt is recorded in the
 * audit trail, like every download. Content is streamed from the store, a piece at a time.
 */
@WebServlet("/files/*")
public class FileDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB FilingReader reader;

  @EJB FileStore store;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String[] parts = req.getPathInfo() == null ? new String[0] : req.getPathInfo().split("/");
    if (parts.length != 4 || !"filing".equals(parts[1]) || !parts[2].matches("\\d{1,18}")) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Long id = Long.valueOf(parts[2]);
    String v = req.getParameter("version");
    Long version = v != null && v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
    StoredFileView file;
    try {
      file = reader.material(id, parts[3], version);
    } catch (RefusedException e) {
      // another's file answers as a missing one (the attempt is in the audit trail)
      file = null;
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (file == null) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType(file.contentType());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    // images and PDFs may be shown in our own pages (?inline=1), never framed by another site
    boolean inline =
        "1".equals(req.getParameter("inline"))
            && (file.contentType().startsWith("image/")
                || file.contentType().equals("application/pdf"));
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    // nothing in a stored file may run; a PDF keeps the browser's own viewer
    res.setHeader(
        "Content-Security-Policy",
        file.contentType().equals("application/pdf")
            ? "frame-ancestors 'self'; script-src 'none'"
            : "default-src 'none'; frame-ancestors 'self'");
    res.setHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment")
            + "; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    res.setContentLengthLong(file.sizeBytes());
    res.setHeader("X-Content-SHA256", file.sha256());
    store.copy(file, res.getOutputStream());
  }
}
