package cn.autogov.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The platform's address as the public reaches it, for links printed on documents (QR codes):
 * AUTOGOV_PUBLIC_URL when set (behind a reverse proxy it must be), else what this request came to.
 */
public final class PublicUrl {

  private PublicUrl() {}

  public static String of(HttpServletRequest req) {
    var configured =
        ConfigProvider.getConfig().getOptionalValue("autogov.public-url", String.class);
    if (configured.isPresent() && !configured.get().isBlank()) {
      String u = configured.get().strip();
      return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
    String scheme = req.getScheme();
    int port = req.getServerPort();
    boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    return scheme + "://" + req.getServerName() + (usual ? "" : ":" + port) + req.getContextPath();
  }
}
