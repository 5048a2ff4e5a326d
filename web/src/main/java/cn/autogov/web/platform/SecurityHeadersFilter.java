package cn.autogov.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries, whatever the protocol (HTTP/1.1 or HTTP/2) or the component
 * behind it: no framing by another site ({@code X-Frame-Options} and CSP {@code frame-ancestors}),
 * no plug-ins, base or form targets elsewhere (the script policy with its per-request nonce is
 * PrimeFaces' own, {@code primefaces.CSP} in web.xml: the browser enforces both), HSTS over HTTPS,
 * no MIME sniffing, and {@code Cache-Control: no-store} on the API and on every page of a signed-in
 * user (static resources stay cacheable).
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.addHeader("Content-Security-Policy", POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean resource = path.startsWith("/jakarta.faces.resource/");
    if (!resource && (path.startsWith("/api/") || req.getUserPrincipal() != null)) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
