package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import java.io.Serializable;

/**
 * What the portal may know of an account: no password hash, serialisable for replicated sessions.
 */
public record AccountView(
    String loginName,
    String displayName,
    Role role,
    String organisationName,
    String creditCode,
    String regionCode,
    boolean passwordChangeRequired,
    String email,
    String maskedMobile,
    String realName,
    Long enterpriseId)
    implements Serializable {

  public static AccountView of(UserAccount a) {
    return new AccountView(
        a.getLoginName(),
        a.getDisplayName(),
        a.getRole(),
        a.getOrganisationName(),
        a.getCreditCode() == null ? null : a.getCreditCode().value(),
        a.getRegionCode(),
        a.isPasswordChangeRequired(),
        a.getEmail(),
        maskMobile(a.getMobile()),
        a.getRealName(),
        a.getEnterpriseId());
  }

  /** 138****0000 */
  public static String maskMobile(String mobile) {
    return mobile == null || mobile.length() != 11
        ? mobile
        : mobile.substring(0, 3) + "****" + mobile.substring(7);
  }
}
