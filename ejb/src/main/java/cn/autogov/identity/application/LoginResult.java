package cn.autogov.identity.application;

import cn.autogov.identity.domain.LoginOutcome;
import java.util.Optional;

/**
 * The outcome of a login attempt and, on success, the account; a refused SMS code names why ({@code
 * refusalKey}).
 */
public record LoginResult(
    LoginOutcome outcome, Optional<AccountView> account, String refusalKey, String sessionToken) {

  static LoginResult failed(LoginOutcome outcome) {
    return new LoginResult(outcome, Optional.empty(), null, null);
  }
}
