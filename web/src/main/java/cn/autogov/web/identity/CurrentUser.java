package cn.autogov.web.identity;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.AccountView;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The signed-in account, loaded once per session. Serialisable and without transient injected
 * fields, so it survives session fail-over in a cluster.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  private AccountView account;

  public AccountView getAccount() {
    if (account == null) {
      account = accounts.currentAccount();
    }
    return account;
  }

  void replace(AccountView updated) {
    this.account = updated;
  }

  void forget() {
    this.account = null;
  }
}
