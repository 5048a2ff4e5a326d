package cn.autogov.web.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * CSRF protection of the portal's forms, in two layers: every Faces form posts its view state,
 * which lives in the server session (state saving "server") and cannot be guessed by another site
 * (a post without it fails as an expired view); and this filter refuses any state-changing request
 * whose {@code Origin} (or, without one, {@code Referer}) is another site's, or that names neither.
 * Mapped to the pages only: the API takes bearer tokens, which browsers never add by themselves.
 */
public class CsrfFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(req.getMethod())) {
      chain.doFilter(req, res);
      return;
    }
    String origin = req.getHeader("Origin");
    String source = origin != null && !"null".equals(origin) ? origin : req.getHeader("Referer");
    if (source == null || !sameOrigin(req, source)) {
      LOG.warning(
          () ->
              "Refused a cross-site "
                  + req.getMethod()
                  + " "
                  + req.getRequestURI()
                  + " from "
                  + source);
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean sameOrigin(HttpServletRequest req, String source) {
    try {
      URI u = URI.create(source);
      int port =
          u.getPort() == -1 ? ("https".equalsIgnoreCase(u.getScheme()) ? 443 : 80) : u.getPort();
      String host = req.getHeader("Host");
      String expectedHost = host == null ? req.getServerName() + ":" + req.getServerPort() : host;
      if (!expectedHost.contains(":")) {
        expectedHost = expectedHost + ":" + (req.isSecure() ? 443 : 80);
      }
      return (u.getHost() + ":" + port).equalsIgnoreCase(expectedHost);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
