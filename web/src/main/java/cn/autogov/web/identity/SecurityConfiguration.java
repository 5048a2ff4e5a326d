package cn.autogov.web.identity;

import cn.autogov.access.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles of the application; {@link PlatformAuthenticationMechanism} authenticates. */
@DeclareRoles({
  Role.Names.REGISTERED,
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
