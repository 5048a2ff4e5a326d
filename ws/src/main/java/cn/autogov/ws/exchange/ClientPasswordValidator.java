package cn.autogov.ws.exchange;

import cn.autogov.exchange.application.ExchangeGate;
import com.sun.xml.wss.impl.callback.PasswordValidationCallback;
import jakarta.enterprise.inject.spi.CDI;

/**
 * WS-Security UsernameToken of every SOAP contract (named in each endpoint's WSIT policy): the
 * token's username is the system client's id, its password the client's secret.
 */
public class ClientPasswordValidator implements PasswordValidationCallback.PasswordValidator {

  private static volatile ExchangeGate gate;

  /**
   * The client WS-Security authenticated in this request — by its token's secret here, or by its
   * registered certificate ({@link ClientCertificateValidator}): the {@link SoapGate} falls back to
   * it where the runtime's Metro leaves no requester subject (Payara Server, and signed messages);
   * the {@link ExchangeFilter} clears it at the request's end.
   */
  static final ThreadLocal<String> VALIDATED = new ThreadLocal<>();

  @Override
  public boolean validate(PasswordValidationCallback.Request request)
      throws PasswordValidationCallback.PasswordValidationException {
    if (!(request instanceof PasswordValidationCallback.PlainTextPasswordRequest plain)) {
      return false; // a digest password cannot be checked against a stored hash
    }
    ExchangeGate g = gate;
    if (g == null) {
      g = CDI.current().select(ExchangeGate.class).get(); // a proxy: safe to keep
      gate = g;
    }
    boolean ok = g.authenticate(plain.getUsername(), plain.getPassword());
    if (ok) {
      VALIDATED.set(plain.getUsername());
    }
    return ok;
  }
}
