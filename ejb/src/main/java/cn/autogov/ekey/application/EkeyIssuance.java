package cn.autogov.ekey.application;

import static cn.autogov.access.Role.Names.EKEY_PROVIDER;

import cn.autogov.ekey.domain.CertificateProfile;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.application.ClientCertificates;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * 制作: the e-key provider submits the token's PKCS#10 request for an application waiting to be made;
 * the issuing CA signs the certificate ({@link CertificateProfile}), the key is registered under
 * its user name (or, for 补办, 更新 and 企业代码变更, its certificate replaced and the one before revoked),
 * the certificate is bound to the enterprise's legal-person account for the e-key login, and the
 * step 制作 is recorded with the serial — all in one transaction.
 */
@Stateless
@RolesAllowed(EKEY_PROVIDER)
public class EkeyIssuance {

  /** The certificate made, and the chain above it, in PEM. */
  public record Issued(String serial, String certificate, List<String> chain) {}

  @EJB Actors actors;

  @Inject KeyMaking making;

  /**
   * Makes the key of application {@code filingId} from the token's request ({@code csr}, PEM);
   * {@code publicUrl}: the platform's address, under which the certificate names its CRL and OCSP
   * responder.
   */
  public Issued make(Long filingId, String csr, String publicUrl) {
    return making.make(actors.current(), filingId, csr, publicUrl);
  }

  /** The record of a certificate issued for a key (by the application {@code filingId}, if any). */
  public static EkeyCertificate certificateOf(X509Certificate cert, Long ekeyId, Long filingId) {
    var zone = BusinessTime.zone();
    return EkeyCertificate.of(
        EkeyCa.hex(cert.getSerialNumber()),
        ekeyId,
        filingId,
        ClientCertificates.fingerprint(cert),
        cert.getSubjectX500Principal().getName(),
        LocalDateTime.ofInstant(cert.getNotBefore().toInstant(), zone),
        LocalDateTime.ofInstant(cert.getNotAfter().toInstant(), zone),
        pem(cert));
  }

  /** The CA chain above an e-key certificate: the issuing CA, then the root. */
  public static List<String> chain(EkeyCa.Authority a) {
    return List.of(pem(a.issuing()), pem(a.root()));
  }

  public static String pem(X509Certificate c) {
    var out = new StringWriter();
    try (var w = new JcaPEMWriter(out)) {
      w.writeObject(c);
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
    return out.toString();
  }
}
