package cn.autogov.ekey.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.Checks;
import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The e-key certificate's profile, issued from a token's PKCS#10 request. */
class CertificateProfileTest {

  private static KeyPair caKeys;
  private static X509Certificate ca;

  @BeforeAll
  static void issuingCa() throws Exception {
    caKeys = ec("secp256r1");
    X500Name name = new X500Name("C=CN,O=AutoGov,CN=Test Issuing CA");
    var b =
        new JcaX509v3CertificateBuilder(
            name,
            CertificateProfile.newSerial(),
            new Date(),
            Date.from(Instant.now().plus(Duration.ofDays(3650))),
            name,
            caKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    ca =
        new JcaX509CertificateConverter()
            .getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
  }

  static KeyPair ec(String curve) throws Exception {
    var g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(curve));
    return g.generateKeyPair();
  }

  static String csr(KeyPair token, KeyPair signer, String algorithm) throws Exception {
    var request =
        new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=token"), token.getPublic())
            .build(new JcaContentSignerBuilder(algorithm).build(signer.getPrivate()));
    var out = new StringWriter();
    try (var w = new JcaPEMWriter(out)) {
      w.writeObject(request);
    }
    return out.toString();
  }

  @Test
  void shouldIssueASigningAndClientCertificateNamingTheEnterpriseItsCodeAndTheUser()
      throws Exception {
    KeyPair token = ec("secp256r1");
    var checks = new Checks();
    var key = CertificateProfile.requestedKey("csr", csr(token, token, "SHA256withECDSA"), checks);
    assertNotNull(key, () -> checks.problems().toString());
    X509Certificate c =
        CertificateProfile.issue(
            new CertificateProfile.Holder("福州演示进出口有限公司", "91350100M000100Y43", "FZAUTO"),
            key,
            ca,
            caKeys.getPrivate(),
            Instant.now(),
            Duration.ofDays(730),
            "https://autogov.example/api/v1/pki/ekey.crl",
            "https://autogov.example/api/v1/pki/ocsp");
    c.verify(ca.getPublicKey());
    String subject = c.getSubjectX500Principal().getName();
    assertTrue(subject.contains("CN=FZAUTO"), subject);
    assertTrue(subject.contains("O=福州演示进出口有限公司"), subject);
    assertTrue(subject.contains("2.5.4.5=") || subject.contains("SERIALNUMBER="), subject);
    assertEquals(-1, c.getBasicConstraints(), "an end entity");
    boolean[] usage = c.getKeyUsage();
    assertTrue(usage[0] && usage[1], "digitalSignature and nonRepudiation");
    assertTrue(!usage[5] && !usage[6], "signs no certificates and no CRLs");
    assertEquals(List.of("1.3.6.1.5.5.7.3.2"), c.getExtendedKeyUsage(), "client authentication");
    assertNotNull(c.getExtensionValue(Extension.cRLDistributionPoints.getId()), "names its CRL");
    assertNotNull(c.getExtensionValue(Extension.authorityInfoAccess.getId()), "and its OCSP");
    assertEquals(128, c.getSerialNumber().bitLength(), "a random 128-bit serial");
    assertArrayEquals(token.getPublic().getEncoded(), c.getPublicKey().getEncoded());
    long days = Duration.between(Instant.now(), c.getNotAfter().toInstant()).toDays();
    assertTrue(days >= 729 && days <= 730, "valid as configured: " + days);
  }

  @Test
  void shouldRefuseARequestItsOwnKeyDidNotSign() throws Exception {
    var checks = new Checks();
    assertNull(
        CertificateProfile.requestedKey(
            "csr", csr(ec("secp256r1"), ec("secp256r1"), "SHA256withECDSA"), checks));
    assertEquals("ekey.csr-signature", checks.problems().get(0).problem().key());
  }

  @Test
  void shouldRefuseWeakKeysAndWhatIsNoRequest() throws Exception {
    var weak = KeyPairGenerator.getInstance("RSA");
    weak.initialize(1024);
    KeyPair rsa1024 = weak.generateKeyPair();
    var checks = new Checks();
    assertNull(
        CertificateProfile.requestedKey("csr", csr(rsa1024, rsa1024, "SHA256withRSA"), checks));
    assertEquals("ekey.csr-weak-key", checks.problems().get(0).problem().key());
    var notPem = new Checks();
    assertNull(CertificateProfile.requestedKey("csr", "hello", notPem));
    assertEquals("ekey.csr-unreadable", notPem.problems().get(0).problem().key());
    var blank = new Checks();
    assertNull(CertificateProfile.requestedKey("csr", " ", blank));
    assertEquals("input.required", blank.problems().get(0).problem().key());
  }
}
