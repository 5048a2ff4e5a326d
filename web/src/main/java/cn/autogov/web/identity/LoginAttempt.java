package cn.autogov.web.identity;

import cn.autogov.identity.domain.UserAccount.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/** Why the identity store refused this request's login, for the login page's message. */
@RequestScoped
public class LoginAttempt {

  private LoginOutcome outcome;

  public LoginOutcome outcome() {
    return outcome;
  }

  void record(LoginOutcome outcome) {
    this.outcome = outcome;
  }
}
