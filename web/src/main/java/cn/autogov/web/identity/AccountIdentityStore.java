package cn.autogov.web.identity;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.AccountView;
import cn.autogov.identity.application.LoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Completes logins against the accounts: the SMS code step, the password-only login of an account
 * without a mobile number, and e-key certificates. The caller's one role becomes its group; the
 * session the login opened is left in {@link LoginAttempt} for the mechanism.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;

  @Inject LoginAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    LoginResult result;
    if (credential instanceof Credentials.SmsCode c) {
      result = accounts.completeWithCode(c.loginName(), c.code(), c.session());
    } else if (credential instanceof Credentials.PasswordOnly c) {
      result = accounts.loginWithoutMobile(c.identifier(), c.password(), c.session());
    } else if (credential instanceof Credentials.Certificate c) {
      result = accounts.loginWithCertificate(c.certificate(), c.session());
    } else {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    attempt.record(result);
    if (result.account().isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    AccountView account = result.account().get();
    return new CredentialValidationResult(account.loginName(), Set.of(account.role().roleName()));
  }
}
