package cn.autogov.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A form with files that the portal's script sends itself, to show the upload's progress ({@code
 * data-upload-progress} in {@code autogov.js}): the script cannot stop a browser from following a
 * redirect, and a followed redirect would use up the flash (the messages and the kept input the
 * page shows next). For such a post ({@code X-AutoGov-Upload: progress}) a redirect is answered as
 * 200 with the address in {@code X-AutoGov-Location}; the script then goes there itself, as the
 * browser would have.
 */
public class UploadProgressFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String ASKED = "X-AutoGov-Upload";
  static final String LOCATION = "X-AutoGov-Location";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(req.getMethod()) || !"progress".equals(req.getHeader(ASKED))) {
      chain.doFilter(req, res);
      return;
    }
    chain.doFilter(
        req,
        new HttpServletResponseWrapper(res) {
          @Override
          public void sendRedirect(String location) {
            setStatus(SC_OK);
            setHeader(LOCATION, location);
            setContentLength(0);
          }
        });
  }
}
