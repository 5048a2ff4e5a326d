package cn.autogov.platform;

import java.util.List;

/**
 * Fired (CDI event, in the same transaction) just before production mode removes the demo
 * enterprises and accounts: every area removes what it keeps of them first (filings of the
 * enterprises and the accounts' own, …).
 */
public record DemoDataRemoval(List<Long> enterpriseIds, List<Long> accountIds) {

  public DemoDataRemoval {
    enterpriseIds = List.copyOf(enterpriseIds);
    accountIds = List.copyOf(accountIds);
  }

  /** Whether there is anything to remove. */
  public boolean isEmpty() {
    return enterpriseIds.isEmpty() && accountIds.isEmpty();
  }
}
