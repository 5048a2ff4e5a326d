package cn.autogov.identity.client;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.InputRejectedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The X.509 certificate a partner system signs its messages with, as the administrator registers it
 * (PEM): readable, valid now, an RSA key of at least 2048 bits (what WS-Security's RSA-SHA256
 * signatures need). The platform knows it by the SHA-256 of its DER encoding.
 */
public record PartnerCertificate(
    String pem, String sha256, String subject, LocalDateTime notAfter) {

  private static final int MIN_RSA_BITS = 2048;

  /** Reads a PEM certificate; refusals name the field {@code certificate}. */
  public static PartnerCertificate parse(String pem, LocalDateTime now) {
    X509Certificate c = read(pem);
    if (c == null) {
      throw InputRejectedException.of("certificate", "certificate.unreadable");
    }
    LocalDateTime notAfter = local(c.getNotAfter());
    if (now.isAfter(notAfter) || now.isBefore(local(c.getNotBefore()))) {
      throw InputRejectedException.of("certificate", "client.certificate-not-valid");
    }
    if (!(c.getPublicKey() instanceof RSAPublicKey rsa)
        || rsa.getModulus().bitLength() < MIN_RSA_BITS) {
      throw InputRejectedException.of("certificate", "client.certificate-key");
    }
    return new PartnerCertificate(
        toPem(c), sha256(c), c.getSubjectX500Principal().getName(), notAfter);
  }

  /** The SHA-256 of a certificate's DER encoding, in lower-case hex. */
  public static String sha256(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate read(String pem) {
    if (pem == null || pem.isBlank() || pem.length() > 10_000) {
      return null;
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException | ClassCastException e) {
      return null;
    }
  }

  private static String toPem(X509Certificate c) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(c.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDateTime local(java.util.Date d) {
    return LocalDateTime.ofInstant(d.toInstant(), BusinessTime.zone());
  }
}
