package cn.autogov.web.identity;

import cn.autogov.identity.domain.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login through {@code /login.xhtml}, checked by {@link AccountIdentityStore}. */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false))
@DeclareRoles({
  Role.Names.ENTERPRISE,
  Role.Names.AGENT,
  Role.Names.CERTIFICATION_CENTRE,
  Role.Names.COMMERCE_AUTHORITY,
  Role.Names.ISSUING_AUTHORITY,
  Role.Names.EKEY_PROVIDER,
  Role.Names.ADMIN
})
@ApplicationScoped
public class SecurityConfiguration {}
