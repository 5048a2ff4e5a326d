package cn.autogov.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code ?lang=en} or {@code ?lang=zh} on any page switches the session's language. */
public class LanguageFilter extends HttpFilter {

  @Inject LanguageBacking language;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    // Only GET: reading a parameter of a POST would decode its body before the request's encoding
    // is settled.
    if ("GET".equals(req.getMethod())) {
      String lang = req.getParameter("lang");
      if (lang != null) {
        language.switchTo(lang);
      }
    }
    chain.doFilter(req, res);
  }
}
