package cn.autogov.identity.application;

import cn.autogov.identity.domain.Role;
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
    boolean passwordChangeRequired)
    implements Serializable {

  static AccountView of(UserAccount a) {
    return new AccountView(
        a.getLoginName(),
        a.getDisplayName(),
        a.getRole(),
        a.getOrganisationName(),
        a.getCreditCode() == null ? null : a.getCreditCode().value(),
        a.getRegionCode(),
        a.isPasswordChangeRequired());
  }
}
