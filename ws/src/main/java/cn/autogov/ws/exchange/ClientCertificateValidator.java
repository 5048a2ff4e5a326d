package cn.autogov.ws.exchange;

import cn.autogov.exchange.application.ExchangeGate;
import cn.autogov.identity.client.PartnerCertificate;
import com.sun.xml.wss.impl.callback.CertificateValidationCallback;
import jakarta.enterprise.inject.spi.CDI;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;

/**
 * The X.509 certificate of a signed SOAP message (the signed ports' WSIT policy): valid now and
 * registered for an enabled system client, which the message then stands for. Metro verifies the
 * signature with the certificate's key; this says whose key it is. Registered certificates are
 * pinned (by SHA-256), so no certificate authority is trusted beyond what the administrator
 * registered.
 */
public class ClientCertificateValidator
    implements CertificateValidationCallback.CertificateValidator {

  private static volatile ExchangeGate gate;

  @Override
  public boolean validate(X509Certificate certificate) {
    if (certificate == null) {
      return false;
    }
    try {
      certificate.checkValidity();
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      return false;
    }
    ExchangeGate g = gate;
    if (g == null) {
      g = CDI.current().select(ExchangeGate.class).get(); // a proxy: safe to keep
      gate = g;
    }
    String client = g.clientOfCertificate(PartnerCertificate.sha256(certificate));
    if (client == null) {
      return false;
    }
    ClientPasswordValidator.VALIDATED.set(client);
    return true;
  }
}
