package cn.autogov.web.identity;

import cn.autogov.identity.session.SessionRequest;
import jakarta.security.enterprise.credential.Credential;
import java.security.cert.X509Certificate;

/**
 * The credentials the portal and the API hand to {@link AccountIdentityStore}. They are built on
 * the server only (never deserialised from a request), after the password step when there is one.
 */
final class Credentials {

  private Credentials() {}

  /** The second login step: the SMS code sent after the password was right. */
  record SmsCode(String loginName, String code, SessionRequest session) implements Credential {}

  /** Password alone: only accounts without a mobile number (the first production admin). */
  record PasswordOnly(String identifier, String password, SessionRequest session)
      implements Credential {}

  /** An e-key's TLS client certificate. */
  record Certificate(X509Certificate certificate, SessionRequest session) implements Credential {}
}
