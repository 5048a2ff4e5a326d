package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.enterprise.Enterprise;
import java.io.Serializable;

/**
 * Who is calling, and for which enterprise: the legal-person account acts for its own enterprise,
 * an agent for the enterprise it switched to (only while the authorisation stands), staff within
 * their region (null region: national).
 */
public record Actor(
    Long accountId, String loginName, Role role, Long enterpriseId, String regionCode)
    implements Serializable {

  /** Whether this caller may see the enterprise's data (data scope). */
  public boolean canSee(Enterprise e) {
    return switch (role) {
      case ENTERPRISE ->
          e.getId().equals(enterpriseId)
              || enterpriseId != null && enterpriseId.equals(e.getParentId());
      case AGENT -> e.getId().equals(enterpriseId);
      case COMMERCE_AUTHORITY, ISSUING_AUTHORITY -> e.inScope(regionCode);
      case CERTIFICATION_CENTRE, EKEY_PROVIDER, ADMIN -> true;
      case REGISTERED -> false;
    };
  }

  /** Whether this caller acts for exactly this enterprise (may file and change its data). */
  public boolean actsFor(Long id) {
    return role.isEnterpriseSide() && id != null && id.equals(enterpriseId);
  }
}
