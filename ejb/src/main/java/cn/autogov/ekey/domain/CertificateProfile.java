package cn.autogov.ekey.domain;

import cn.autogov.kernel.Checks;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * The e-key certificate the platform's issuing CA signs: for the key in the token's PKCS#10 request
 * (the private key never leaves the token, so the request must be signed by it), the subject names
 * the enterprise (O), its code (SERIALNUMBER: the 18-character credit code, or the 13-digit code of
 * a key issued before the change) and the key's user name (CN); key usages for signing
 * (digitalSignature, nonRepudiation) and client authentication (the e-key login); the CRL where a
 * revocation is published; a random 128-bit serial.
 */
public final class CertificateProfile {

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateProfile() {}

  /** Who the certificate is for. */
  public record Holder(String enterpriseName, String code, String userName) {

    /** The subject: C=CN, O=enterprise, SERIALNUMBER=code, CN=user name. */
    public X500Name subject() {
      return new X500NameBuilder(BCStyle.INSTANCE)
          .addRDN(BCStyle.C, "CN")
          .addRDN(BCStyle.O, enterpriseName)
          .addRDN(BCStyle.SERIALNUMBER, code)
          .addRDN(BCStyle.CN, userName)
          .build();
    }
  }

  /**
   * The public key of a PEM PKCS#10 request whose signature its own key verifies; null, with the
   * problem under {@code field}, for anything else (not PEM, not a request, a signature that fails,
   * a key too weak: RSA under 2048 bits, elliptic curves under 256).
   */
  public static PublicKey requestedKey(String field, String pem, Checks checks) {
    if (pem == null || pem.isBlank()) {
      checks.add(field, "input.required");
      return null;
    }
    if (pem.length() > 16_000) {
      checks.add(field, "ekey.csr-unreadable");
      return null;
    }
    try (var parser = new PEMParser(new StringReader(pem.strip()))) {
      Object o = parser.readObject();
      if (!(o instanceof PKCS10CertificationRequest csr)) {
        checks.add(field, "ekey.csr-unreadable");
        return null;
      }
      var request = new JcaPKCS10CertificationRequest(csr);
      PublicKey key = request.getPublicKey();
      if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
        checks.add(field, "ekey.csr-signature");
        return null;
      }
      if (!strongEnough(key)) {
        checks.add(field, "ekey.csr-weak-key");
        return null;
      }
      return key;
    } catch (IOException | RuntimeException | java.security.GeneralSecurityException e) {
      checks.add(field, "ekey.csr-unreadable");
      return null;
    } catch (org.bouncycastle.operator.OperatorCreationException
        | org.bouncycastle.pkcs.PKCSException e) {
      checks.add(field, "ekey.csr-signature");
      return null;
    }
  }

  static boolean strongEnough(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return rsa.getModulus().bitLength() >= 2048;
    }
    if (key instanceof ECPublicKey ec) {
      return ec.getParams().getOrder().bitLength() >= 256;
    }
    return false;
  }

  /** A random positive serial of 128 bits (RFC 5280: at most 20 octets, unpredictable). */
  public static BigInteger newSerial() {
    return new BigInteger(1, bytes(16)).setBit(127);
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  /** Signs the holder's certificate with the issuing CA's key. */
  public static X509Certificate issue(
      Holder holder,
      PublicKey key,
      X509Certificate issuer,
      PrivateKey issuerKey,
      Instant now,
      Duration validity,
      String crlUrl,
      String ocspUrl) {
    try {
      var utils = new JcaX509ExtensionUtils();
      Date from = Date.from(now.minus(Duration.ofMinutes(5)));
      Instant end = now.plus(validity);
      if (end.isAfter(issuer.getNotAfter().toInstant())) {
        end = issuer.getNotAfter().toInstant(); // never beyond the CA's own
      }
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              issuer, newSerial(), from, Date.from(end), holder.subject(), key);
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      b.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
      b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
      b.addExtension(
          Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
      b.addExtension(
          Extension.cRLDistributionPoints,
          false,
          new CRLDistPoint(
              new DistributionPoint[] {
                new DistributionPoint(
                    new DistributionPointName(
                        new GeneralNames(
                            new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))),
                    null,
                    null)
              }));
      if (ocspUrl != null) {
        b.addExtension(
            Extension.authorityInfoAccess,
            false,
            new AuthorityInformationAccess(
                AccessDescription.id_ad_ocsp,
                new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              b.build(new JcaContentSignerBuilder(algorithm(issuerKey)).build(issuerKey)));
    } catch (Exception e) {
      throw new IllegalStateException("the e-key certificate could not be signed", e);
    }
  }

  /** The signature algorithm of a CA key. */
  public static String algorithm(PrivateKey key) {
    return "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
  }
}
