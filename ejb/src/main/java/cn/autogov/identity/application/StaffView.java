package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A staff account as administrators list it. */
public record StaffView(
    Long id,
    String loginName,
    String displayName,
    Role role,
    String organisation,
    String regionCode,
    String maskedMobile,
    boolean enabled,
    boolean passwordChangeRequired,
    LocalDateTime lastLoginAt)
    implements Serializable {

  static StaffView of(UserAccount a) {
    return new StaffView(
        a.getId(),
        a.getLoginName(),
        a.getDisplayName(),
        a.getRole(),
        a.getOrganisationName(),
        a.getRegionCode(),
        AccountView.maskMobile(a.getMobile()),
        a.isEnabled(),
        a.isPasswordChangeRequired(),
        a.getLastLoginAt());
  }
}
