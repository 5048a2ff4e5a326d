package cn.autogov.web.identity;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.AccountView;
import cn.autogov.identity.application.LoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks login name and password against the accounts; the caller's one role becomes its group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;

  @Inject LoginAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential upc)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginResult result = accounts.login(upc.getCaller(), upc.getPasswordAsString());
    attempt.record(result.outcome());
    if (result.account().isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    AccountView account = result.account().get();
    return new CredentialValidationResult(account.loginName(), Set.of(account.role().roleName()));
  }
}
