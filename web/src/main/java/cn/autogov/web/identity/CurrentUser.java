package cn.autogov.web.identity;

import cn.autogov.access.Role;
import cn.autogov.enterprise.agent.AgentService;
import cn.autogov.enterprise.agent.AgentView;
import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.AccountView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The signed-in account, loaded once per request (so a real-name approval, a revoked agent or a
 * switched enterprise shows at once), with the enterprises an agent may switch between.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject AccountService accounts;

  @Inject AgentService agents;

  private AccountView account;
  private List<AgentView> authorisations;

  public AccountView getAccount() {
    if (account == null) {
      account = accounts.currentAccount();
    }
    return account;
  }

  public boolean isAgent() {
    return getAccount().role() == Role.AGENT;
  }

  /** The enterprises the agent is approved for (for the switcher). */
  public List<AgentView> getActingChoices() {
    if (authorisations == null) {
      authorisations = isAgent() ? agents.mine() : List.of();
    }
    return authorisations;
  }

  /** The name of the enterprise the caller acts for now, if any. */
  public String getActingEnterpriseName() {
    Long id = getAccount().enterpriseId();
    if (id == null) {
      return null;
    }
    if (!isAgent()) {
      return getAccount().organisationName();
    }
    return getActingChoices().stream()
        .filter(a -> a.enterpriseId().equals(id))
        .map(AgentView::enterpriseName)
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether the caller acts for an enterprise now: a legal person always, an agent once switched to
   * an enterprise it is still authorised for.
   */
  public boolean isActingForEnterprise() {
    return getAccount().enterpriseId() != null && (!isAgent() || getActingEnterpriseName() != null);
  }

  void replace(AccountView updated) {
    this.account = updated;
  }
}
