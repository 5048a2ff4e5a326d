package cn.autogov.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The e-key certificate a reverse proxy passes on: heeded from the proxies named, in any PEM form.
 */
class ProxiedCertificateTest {

  private static final Set<String> PROXIES = ProxiedCertificate.addresses("127.0.0.1, 10.0.0.5");

  private static String pem() throws Exception {
    try (var in = ProxiedCertificateTest.class.getResourceAsStream("/identity/proxied.pem")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  @Test
  void shouldReadTheCertificateAsNginxAndApachePassIt() throws Exception {
    String escaped = URLEncoder.encode(pem(), StandardCharsets.UTF_8); // $ssl_client_escaped_cert
    String spaced = pem().replace('\n', ' '); // line breaks as spaces
    for (String header : new String[] {pem(), escaped, spaced}) {
      var c = ProxiedCertificate.of(header, "10.0.0.5", PROXIES);
      assertEquals("CN=PROXY", c.getSubjectX500Principal().getName().split(",")[0], header);
    }
  }

  @Test
  void shouldHeedOnlyTheNamedProxiesAndRealCertificates() throws Exception {
    assertNull(ProxiedCertificate.of(pem(), "192.168.1.9", PROXIES), "not a proxy: ignored");
    assertNull(ProxiedCertificate.of(pem(), "127.0.0.1", ProxiedCertificate.addresses("")));
    assertNull(
        ProxiedCertificate.of(
            "-----BEGIN CERTIFICATE-----AAAA-----END CERTIFICATE-----", "127.0.0.1", PROXIES));
    assertNull(ProxiedCertificate.of("garbage", "127.0.0.1", PROXIES));
    assertNull(ProxiedCertificate.of("x".repeat(ProxiedCertificate.MAX + 1), "127.0.0.1", PROXIES));
  }
}
