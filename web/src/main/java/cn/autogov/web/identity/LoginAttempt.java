package cn.autogov.web.identity;

import cn.autogov.identity.application.LoginResult;
import cn.autogov.identity.domain.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/** What the identity store made of this request's login: outcome, refusal and session token. */
@RequestScoped
public class LoginAttempt {

  private LoginResult result;

  public LoginOutcome outcome() {
    return result == null ? null : result.outcome();
  }

  public String refusalKey() {
    return result == null ? null : result.refusalKey();
  }

  String sessionToken() {
    return result == null ? null : result.sessionToken();
  }

  void record(LoginResult result) {
    this.result = result;
  }
}
