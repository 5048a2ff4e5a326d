package cn.autogov.identity.application;

import java.util.List;

/**
 * Fired (CDI event, in the same transaction) just before production mode removes the demo accounts:
 * the enterprise area removes the demo enterprises, after telling every area to remove what it
 * keeps of them ({@link cn.autogov.platform.DemoDataRemoval}).
 */
public record DemoAccountsLeaving(List<Long> accountIds) {

  public DemoAccountsLeaving {
    accountIds = List.copyOf(accountIds);
  }
}
