package cn.autogov.identity.application;

import cn.autogov.identity.domain.LoginOutcome;
import java.io.Serializable;

/**
 * What the password step of a login came to. On success with a bound mobile number, {@code
 * codeSent} and the masked number; the login completes with the SMS code for {@code loginName}. An
 * account without a mobile number (only the first administrator of a production installation, until
 * it binds one) completes with the password alone. {@code resendInSeconds}: when another code may
 * be asked for (a code sent less than a minute ago stays the one to enter).
 */
public record LoginStep(
    LoginOutcome outcome,
    String loginName,
    String maskedMobile,
    boolean codeSent,
    String refusalKey,
    String demoCode,
    int resendInSeconds)
    implements Serializable {

  static LoginStep failed(LoginOutcome outcome) {
    return new LoginStep(outcome, null, null, false, null, null, 0);
  }

  public boolean passwordAccepted() {
    return outcome == LoginOutcome.SUCCESS;
  }

  public boolean needsCode() {
    return passwordAccepted() && maskedMobile != null;
  }
}
