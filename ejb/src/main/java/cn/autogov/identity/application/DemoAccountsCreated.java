package cn.autogov.identity.application;

import cn.autogov.identity.domain.UserAccount;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Fired (CDI event, in the same transaction) once demo mode created the demo accounts: the areas
 * above identity add what the demo users need (the enterprise area: the demo enterprises, their
 * legal persons, the demo agent's authorisation).
 */
public record DemoAccountsCreated(List<UserAccount> accounts, LocalDateTime at) {

  public DemoAccountsCreated {
    accounts = List.copyOf(accounts);
  }

  /** The demo account of this login name. */
  public UserAccount account(String loginName) {
    return accounts.stream()
        .filter(a -> a.getLoginName().equals(loginName))
        .findFirst()
        .orElseThrow();
  }
}
