package cn.autogov.identity.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.InputRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The signing certificates administrators register for partner systems (made with openssl). */
class PartnerCertificateTest {

  /**
   * In the business zone (Beijing): the test certificates are valid from 2026-11-23 12:30 there.
   */
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 14, 0);

  @Test
  void shouldReadAnRsaCertificateAndPinItBySha256() throws IOException {
    var c = PartnerCertificate.parse("\n  " + pem("rsa2048.pem") + "  \n", NOW);
    assertEquals(64, c.sha256().length());
    assertTrue(c.sha256().matches("[0-9a-f]{64}"));
    assertEquals("O=AutoGov test,CN=customs-test", c.subject());
    assertEquals(2126, c.notAfter().getYear());
    assertTrue(c.pem().startsWith("-----BEGIN CERTIFICATE-----\n"));
    assertEquals(c.sha256(), PartnerCertificate.parse(c.pem(), NOW).sha256(), "same certificate");
  }

  @Test
  void shouldRefuseWhatCannotSignForTheClient() throws IOException {
    assertEquals("certificate.unreadable", keyOf(() -> PartnerCertificate.parse("junk", NOW)));
    assertEquals("certificate.unreadable", keyOf(() -> PartnerCertificate.parse(null, NOW)));
    String shortKey = pem("rsa1024.pem");
    String ec = pem("ec.pem");
    assertEquals("client.certificate-key", keyOf(() -> PartnerCertificate.parse(shortKey, NOW)));
    assertEquals("client.certificate-key", keyOf(() -> PartnerCertificate.parse(ec, NOW)));
    String rsa = pem("rsa2048.pem");
    assertEquals(
        "client.certificate-not-valid",
        keyOf(() -> PartnerCertificate.parse(rsa, LocalDateTime.of(2127, 1, 1, 0, 0))));
  }

  @Test
  void shouldStandForTheClientOnlyWhileRegisteredValidAndEnabled() throws IOException {
    var c =
        SystemClient.create(
                "customs-signed",
                "海关（签名）",
                ClientKind.CUSTOMS,
                EnumSet.of(ClientRight.CUSTOMS_VERIFY),
                null,
                "admin",
                NOW)
            .client();
    var cert = PartnerCertificate.parse(pem("rsa2048.pem"), NOW);
    assertFalse(c.acceptsCertificate(cert.sha256(), NOW), "nothing registered yet");
    c.registerCertificate(cert);
    assertTrue(c.acceptsCertificate(cert.sha256(), NOW));
    assertFalse(c.acceptsCertificate("0".repeat(64), NOW), "another certificate");
    assertFalse(c.acceptsCertificate(cert.sha256(), cert.notAfter().plusSeconds(1)), "expired");
    c.disable();
    assertFalse(c.acceptsCertificate(cert.sha256(), NOW), "client disabled");
    c.enable();
    c.removeCertificate();
    assertFalse(c.acceptsCertificate(cert.sha256(), NOW), "removed");
  }

  private static String keyOf(Runnable r) {
    var e = assertThrows(InputRejectedException.class, r::run);
    assertEquals("certificate", e.problems().get(0).field());
    return e.problems().get(0).problem().key();
  }

  private static String pem(String name) throws IOException {
    try (InputStream in =
        PartnerCertificateTest.class.getResourceAsStream("/certificates/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
