package cn.autogov.web.identity;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Set;

/**
 * The e-key's client certificate as a TLS-terminating reverse proxy passes it on (nginx {@code
 * proxy_set_header X-SSL-Client-Cert $ssl_client_escaped_cert;}, Apache {@code
 * %{SSL_CLIENT_CERT}s}): PEM, URL-encoded or with its line breaks turned into spaces. Heeded only
 * from the proxies the administrator names; the proxy has checked that the browser holds the key
 * (the TLS handshake), the platform then accepts only a certificate it issued and bound itself.
 */
final class ProxiedCertificate {

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
  private static final String END = "-----END CERTIFICATE-----";

  /** The largest header read: a certificate, not a bundle. */
  static final int MAX = 16_000;

  private ProxiedCertificate() {}

  /** The certificate in the header, from a trusted proxy; null when none (or not from one). */
  static X509Certificate of(String header, String remoteAddress, Set<String> trustedProxies) {
    if (header == null
        || header.isBlank()
        || header.length() > MAX
        || !trustedProxies.contains(remoteAddress)) {
      return null;
    }
    String pem = header.contains("%") ? URLDecoder.decode(header, StandardCharsets.UTF_8) : header;
    int begin = pem.indexOf(BEGIN);
    int end = pem.indexOf(END);
    if (begin < 0 || end < begin) {
      return null;
    }
    String body = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s+", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (IllegalArgumentException | CertificateException e) {
      return null;
    }
  }

  /** The administrator's list of proxy addresses (comma-separated). */
  static Set<String> addresses(String list) {
    return list == null || list.isBlank()
        ? Set.of()
        : Set.copyOf(java.util.Arrays.stream(list.split(",")).map(String::strip).toList());
  }
}
