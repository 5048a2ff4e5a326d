package cn.autogov.web.platform;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.MalformedURLException;
import java.util.logging.Logger;

/**
 * Payara Micro ships only the JAX-WS API: its WAR bundles Metro and {@code WEB-INF/sun-jaxws.xml},
 * and this listener starts Metro and maps its servlet to {@code /ws/*}. The EAR's web module has
 * neither, so on Payara Server this does nothing and the server's own Metro publishes the ws
 * module. One web.xml serves both.
 */
@WebListener
public class MetroRegistration implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(MetroRegistration.class.getName());
  private static final String LISTENER =
      "com.sun.xml.ws.transport.http.servlet.WSServletContextListener";
  private static final String SERVLET = "com.sun.xml.ws.transport.http.servlet.WSServlet";

  private ServletContextListener metro;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext ctx = event.getServletContext();
    if (!hasEndpoints(ctx)) {
      return;
    }
    try {
      ClassLoader cl = ctx.getClassLoader();
      metro =
          (ServletContextListener) cl.loadClass(LISTENER).getDeclaredConstructor().newInstance();
      metro.contextInitialized(event);
      @SuppressWarnings("unchecked")
      var servletClass = (Class<? extends jakarta.servlet.Servlet>) cl.loadClass(SERVLET);
      var reg = ctx.addServlet("metro", servletClass);
      reg.addMapping("/ws/*");
      reg.setLoadOnStartup(1);
      LOG.info("SOAP endpoints published by the bundled Metro under /ws/*");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("sun-jaxws.xml is present but Metro cannot start", e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (metro != null) {
      metro.contextDestroyed(event);
    }
  }

  private static boolean hasEndpoints(ServletContext ctx) {
    try {
      return ctx.getResource("/WEB-INF/sun-jaxws.xml") != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }
}
