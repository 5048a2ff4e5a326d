package cn.autogov.web.ekey;

import cn.autogov.ekey.application.EkeyRegistry;
import cn.autogov.kernel.RefusedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /app/ekey/certificate?name=}: a key's current certificate (PEM), for its enterprise (the
 * registry scopes it; another's answers 404).
 */
@WebServlet("/app/ekey/certificate")
public class EkeyCertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject EkeyRegistry keys;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String name = req.getParameter("name");
    String pem;
    try {
      pem = keys.certificateOf(name);
    } catch (RefusedException | jakarta.ejb.EJBAccessException e) {
      res.sendError(404);
      return;
    }
    res.setContentType("application/x-pem-file");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + name.replaceAll("[^A-Za-z]", "") + ".pem\"");
    res.getOutputStream().write(pem.getBytes(StandardCharsets.US_ASCII));
  }
}
