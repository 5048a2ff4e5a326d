package cn.autogov.ekey.application;

import cn.autogov.ekey.domain.CertificateProfile;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The e-key CA's OCSP responder (RFC 6960), answering as the issuing CA itself: for each
 * certificate asked about, good, revoked (with its date and reason) or unknown (not one the CA
 * issued); the request's nonce echoed; this update now, the next as the CRL's. A request that is
 * not OCSP gets the malformedRequest answer, never an error page.
 */
@Stateless
@PermitAll
public class EkeyOcsp {

  @PersistenceContext EntityManager em;

  @EJB EkeyCa ca;

  /** The DER answer to a DER request. */
  public byte[] respond(byte[] request) {
    try {
      OCSPReq req;
      try {
        req = new OCSPReq(request);
      } catch (IOException | RuntimeException e) {
        return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
      }
      EkeyCa.Authority a = ca.authority();
      DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
      X509CertificateHolder issuer = new JcaX509CertificateHolder(a.issuing());
      BasicOCSPRespBuilder b =
          new JcaBasicOCSPRespBuilder(
              a.issuing().getPublicKey(), digests.get(CertificateID.HASH_SHA1));
      Instant now = Instant.now();
      Date next = Date.from(now.plus(ca.crlNextUpdate()));
      for (Req one : req.getRequestList()) {
        CertificateID id = one.getCertID();
        b.addResponse(id, status(id, issuer, digests), new Date(now.toEpochMilli()), next, null);
      }
      var nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
      if (nonce != null) {
        b.setResponseExtensions(new Extensions(nonce));
      }
      var signer =
          new JcaContentSignerBuilder(CertificateProfile.algorithm(a.key())).build(a.key());
      var basic = b.build(signer, new X509CertificateHolder[] {issuer}, Date.from(now));
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("the OCSP answer could not be signed", e);
    }
  }

  private CertificateStatus status(
      CertificateID id, X509CertificateHolder issuer, DigestCalculatorProvider digests)
      throws Exception {
    if (!id.matchesIssuer(issuer, digests)) {
      return new UnknownStatus();
    }
    EkeyCertificate c = em.find(EkeyCertificate.class, EkeyCa.hex(id.getSerialNumber()));
    if (c == null) {
      return new UnknownStatus();
    }
    if (c.getRevokedAt() == null) {
      return CertificateStatus.GOOD;
    }
    return new RevokedStatus(
        Date.from(c.getRevokedAt().atZone(BusinessTime.zone()).toInstant()),
        c.getRevocationReason() == null ? CRLReason.unspecified : c.getRevocationReason());
  }
}
