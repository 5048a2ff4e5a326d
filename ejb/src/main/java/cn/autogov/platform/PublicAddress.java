package cn.autogov.platform;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's address as the public reaches it, for links printed on documents (QR codes) and in
 * certificates (CRL, OCSP): AUTOGOV_PUBLIC_URL when set (behind a reverse proxy it must be), else
 * the address a request came to, at the portal's context path.
 */
public final class PublicAddress {

  private PublicAddress() {}

  /** {@code portalPath}: the portal's context path ("" at the server's root). */
  public static String of(String scheme, String host, int port, String portalPath) {
    var configured =
        ConfigProvider.getConfig().getOptionalValue("autogov.public-url", String.class);
    if (configured.isPresent() && !configured.get().isBlank()) {
      String u = configured.get().strip();
      return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
    boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    return scheme + "://" + host + (usual ? "" : ":" + port) + portalPath;
  }
}
