package cn.autogov.web.audit;

import cn.autogov.audit.application.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the audit trail where each request came from: the peer address of the connection. Behind a
 * reverse proxy that is the proxy's address; the proxy's own log then holds the client's.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OriginFilter extends HttpFilter {

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    origin.set(req.getRemoteAddr());
    chain.doFilter(req, res);
  }
}
