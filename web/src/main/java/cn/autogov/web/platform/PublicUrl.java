package cn.autogov.web.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The platform's address as the public reaches it, for links printed on documents (QR codes):
 * AUTOGOV_PUBLIC_URL when set (behind a reverse proxy it must be), else what this request came to.
 */
public final class PublicUrl {

  private PublicUrl() {}

  public static String of(HttpServletRequest req) {
    return cn.autogov.platform.PublicAddress.of(
        req.getScheme(), req.getServerName(), req.getServerPort(), req.getContextPath());
  }
}
