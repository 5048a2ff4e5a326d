package cn.autogov.web.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /ekey-login}: {@link PlatformAuthenticationMechanism} has signed the e-key's certificate
 * in (or sent the browser back to the login page); here the signed-in user goes home.
 */
@WebServlet(PlatformAuthenticationMechanism.EKEY_LOGIN)
public class EkeyLoginServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.sendRedirect(
        req.getContextPath()
            + (req.getUserPrincipal() == null ? "/login.xhtml?ekey=refused" : "/app/home.xhtml"));
  }
}
