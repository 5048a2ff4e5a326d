package cn.autogov.identity.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.BusinessTime;
import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * A certificate bound for the e-key login signs its account in only within its validity and until
 * it is revoked: an expired, a not-yet-valid or a revoked one signs nobody in.
 */
class ClientCertificateTest {

  private static X509Certificate certificate() throws Exception {
    try (InputStream in = ClientCertificateTest.class.getResourceAsStream("/certificates/ec.pem")) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  @Test
  void shouldSignInOnlyWithinItsValidityAndUntilRevoked() throws Exception {
    X509Certificate x = certificate();
    ClientCertificate c = ClientCertificate.of(7L, x);
    LocalDateTime from = LocalDateTime.ofInstant(x.getNotBefore().toInstant(), BusinessTime.zone());
    LocalDateTime to = LocalDateTime.ofInstant(x.getNotAfter().toInstant(), BusinessTime.zone());
    assertTrue(c.validAt(from.plusMinutes(1)));
    assertTrue(c.validAt(to.minusMinutes(1)));
    assertFalse(c.validAt(from.minusSeconds(1)), "not yet valid");
    assertFalse(c.validAt(to.plusSeconds(1)), "expired");
    c.revoke(from.plusMinutes(2));
    assertFalse(c.validAt(from.plusMinutes(3)), "revoked");
  }
}
