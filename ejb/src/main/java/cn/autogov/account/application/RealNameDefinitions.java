package cn.autogov.account.application;

import cn.autogov.access.Role;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;

/**
 * 实名认证 (seed 002) as the engine reads it: filed by a registered account for itself, one at a time
 * whether as a legal person or as a natural person, with scans of the documents, decided by the
 * platform's administrators (人工实名认证).
 */
final class RealNameDefinitions {

  static final String LEGAL_PERSON = "real-name-legal-person";
  static final String NATURAL_PERSON = "real-name-natural-person";

  /** Working days an administrator has to decide. */
  private static final int DAYS = 3;

  private RealNameDefinitions() {}

  static FilingType.Builder common(
      String code, String prefix, Class<? extends FilingForm> form, String other) {
    return FilingType.define(code)
        .numbered(prefix)
        .form(form)
        .filedByAccounts(Role.REGISTERED)
        .oneOpenWith(other)
        .stage("admin-review", Role.ADMIN, false, DAYS);
  }
}
