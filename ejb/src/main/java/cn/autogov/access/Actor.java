package cn.autogov.access;

import java.io.Serializable;

/**
 * Who is calling, and for which enterprise: the legal-person account acts for its own enterprise,
 * an agent for the enterprise it switched to (only while the authorisation stands), staff within
 * their region (null region: national).
 */
public record Actor(
    Long accountId, String loginName, Role role, Long enterpriseId, String regionCode)
    implements Serializable {

  /**
   * Whether this caller may see an enterprise's data (data scope): the enterprise's id, its
   * parent's id (null unless a sub-enterprise) and its registration division.
   */
  public boolean canSee(Long id, Long parentId, String enterpriseRegion) {
    return switch (role) {
      case ENTERPRISE ->
          id.equals(enterpriseId) || enterpriseId != null && enterpriseId.equals(parentId);
      case AGENT -> id.equals(enterpriseId);
      case COMMERCE_AUTHORITY, ISSUING_AUTHORITY -> covers(enterpriseRegion);
      case CERTIFICATION_CENTRE, EKEY_PROVIDER, ADMIN -> true;
      case REGISTERED -> false;
    };
  }

  /** Whether this caller's regional scope (e.g. 110000 or 350100) covers a division code. */
  public boolean covers(String region) {
    return covers(regionCode, region);
  }

  /** Whether a regional scope (e.g. 110000 or 350100) covers a division code. */
  public static boolean covers(String scope, String region) {
    return scope != null && region != null && region.startsWith(regionPrefix(scope));
  }

  /** Whether this caller acts for exactly this enterprise (may file and change its data). */
  public boolean actsFor(Long id) {
    return role.isEnterpriseSide() && id != null && id.equals(enterpriseId);
  }

  /**
   * The prefix a regional scope's division codes share: 110000 → "11", 350100 → "3501", 350102 →
   * "350102" (a county does not cover its city's own register).
   */
  public static String regionPrefix(String region) {
    String r = region;
    while (r.length() > 2 && r.endsWith("00")) {
      r = r.substring(0, r.length() - 2);
    }
    return r;
  }
}
