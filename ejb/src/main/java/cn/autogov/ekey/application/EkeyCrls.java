package cn.autogov.ekey.application;

import cn.autogov.ekey.domain.CertificateProfile;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * What the public reads of the e-key CA: its chain, and the CRL the issuing CA signs — every
 * revoked e-key certificate with its date and reason, this update now, the next one as configured,
 * the CRL number rising with time.
 */
@Stateless
@PermitAll
public class EkeyCrls {

  /** Where the CRL and the OCSP responder are, below the platform's public address. */
  public static final String CRL_PATH = "/api/v1/pki/ekey.crl";

  public static final String OCSP_PATH = "/api/v1/pki/ocsp";

  @PersistenceContext EntityManager em;

  @EJB EkeyCa ca;

  /** The current CRL, DER-encoded. */
  public byte[] crl() {
    EkeyCa.Authority a = ca.authority();
    Instant now = Instant.now();
    try {
      X509v2CRLBuilder b = new JcaX509v2CRLBuilder(a.issuing(), Date.from(now));
      b.setNextUpdate(Date.from(now.plus(ca.crlNextUpdate())));
      var zone = BusinessTime.zone();
      for (EkeyCertificate c :
          em.createNamedQuery("EkeyCertificate.revoked", EkeyCertificate.class).getResultList()) {
        b.addCRLEntry(
            new BigInteger(c.getSerial(), 16),
            Date.from(c.getRevokedAt().atZone(zone).toInstant()),
            c.getRevocationReason() == null ? CRLReason.unspecified : c.getRevocationReason());
      }
      b.addExtension(
          Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
      b.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(a.issuing()));
      var signer =
          new JcaContentSignerBuilder(CertificateProfile.algorithm(a.key())).build(a.key());
      return new JcaX509CRLConverter().getCRL(b.build(signer)).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("the e-key CRL could not be signed", e);
    }
  }

  /** The issuing CA's certificate, then the root's, in PEM. */
  public List<String> chain() {
    return EkeyIssuance.chain(ca.authority());
  }
}
