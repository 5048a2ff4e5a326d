package cn.autogov.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, returned as {@code X-Request-Id} and put into every log line written
 * while the request runs. Payara's log formats print the thread name, so the id rides on it: {@code
 * http-thread-pool::... [req 1f3a...]}. That reaches the server's own lines too, without a logging
 * library. A well-formed incoming id (from a load balancer) is kept, so one id follows a request
 * across instances.
 */
public class RequestIdFilter extends HttpFilter {

  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = "autogov.requestId";
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9\\-]{8,64}");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String incoming = req.getHeader(HEADER);
    String id =
        incoming != null && ACCEPTED.matcher(incoming).matches()
            ? incoming
            : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    req.setAttribute(ATTRIBUTE, id);
    res.setHeader(HEADER, id);
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    thread.setName(name + " [req " + id + "]");
    try {
      chain.doFilter(req, res);
    } finally {
      thread.setName(name);
    }
  }
}
