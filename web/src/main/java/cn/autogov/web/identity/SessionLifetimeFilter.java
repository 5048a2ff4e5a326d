package cn.autogov.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed-in sessions end after 12 hours however active they are (the idle limit of 30 minutes is
 * web.xml's): the user signs in again. Configurable as {@code autogov.session.absolute-hours}.
 */
public class SessionLifetimeFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(SessionLifetimeFilter.class.getName());

  @Inject
  @ConfigProperty(name = "autogov.session.absolute-hours", defaultValue = "12")
  int absoluteHours;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = req.getSession(false);
    if (session != null
        && req.getUserPrincipal() != null
        && expired(session.getCreationTime(), System.currentTimeMillis(), absoluteHours)) {
      String user = req.getUserPrincipal().getName();
      req.logout();
      session.invalidate();
      LOG.info(() -> "Session of " + user + " ended after " + absoluteHours + " h");
      res.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean expired(long createdMillis, long nowMillis, int hours) {
    return nowMillis - createdMillis > Duration.ofHours(hours).toMillis();
  }
}
