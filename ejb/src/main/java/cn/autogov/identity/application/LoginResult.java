package cn.autogov.identity.application;

import cn.autogov.identity.domain.UserAccount.LoginOutcome;
import java.util.Optional;

/** The outcome of a login attempt and, on success, the account. */
public record LoginResult(LoginOutcome outcome, Optional<AccountView> account) {

  static LoginResult failed(LoginOutcome outcome) {
    return new LoginResult(outcome, Optional.empty());
  }
}
