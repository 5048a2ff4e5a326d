package cn.autogov.identity.application;

import cn.autogov.identity.domain.UserAccount;

/**
 * An account as the areas above reach it: who it is, for which organisation, its division, where
 * texts go.
 */
public record Contact(
    Long accountId,
    String loginName,
    String displayName,
    String organisationName,
    String regionCode,
    String mobile,
    String email) {

  static Contact of(UserAccount a) {
    return new Contact(
        a.getId(),
        a.getLoginName(),
        a.getDisplayName(),
        a.getOrganisationName(),
        a.getRegionCode(),
        a.getMobile(),
        a.getEmail());
  }
}
