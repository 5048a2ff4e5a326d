package cn.autogov.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An account whose password was set by someone else sees only the password page until it changes
 * it.
 */
public class PasswordChangeFilter extends HttpFilter {

  static final String PASSWORD_PAGE = "/app/account/password.xhtml";

  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean onPasswordPage = req.getServletPath().equals(PASSWORD_PAGE);
    if (req.getUserPrincipal() != null
        && !onPasswordPage
        && currentUser.getAccount().passwordChangeRequired()) {
      res.sendRedirect(req.getContextPath() + PASSWORD_PAGE);
      return;
    }
    chain.doFilter(req, res);
  }
}
