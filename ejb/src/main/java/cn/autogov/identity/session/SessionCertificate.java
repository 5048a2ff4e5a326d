package cn.autogov.identity.session;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The e-key certificate the request's session was opened with (its SHA-256 fingerprint), set by the
 * web tier's authentication for each request; null for a password session, and outside requests. An
 * e-key's 更新 is applied for only from a session opened with the key itself.
 */
@RequestScoped
public class SessionCertificate {

  private String fingerprint;

  public void set(String fingerprint) {
    this.fingerprint = fingerprint;
  }

  public String fingerprint() {
    return fingerprint;
  }

  /** The current request's, or null (no request, or a password session). */
  public static String current() {
    try {
      return CDI.current().select(SessionCertificate.class).get().fingerprint();
    } catch (ContextNotActiveException e) {
      return null;
    }
  }
}
