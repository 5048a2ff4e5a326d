package cn.autogov.filing.domain;

import cn.autogov.identity.domain.Role;

/**
 * One review stage: who decides (a role, limited to the applicant's division when {@code
 * regional}), and within how many working days (the SLA).
 */
public record Stage(String code, Role decidingRole, boolean regional, int slaWorkingDays) {

  public Stage {
    if (slaWorkingDays < 1) {
      throw new IllegalArgumentException("an SLA of at least one working day");
    }
    if (!decidingRole.isStaff() || decidingRole == Role.ADMIN) {
      throw new IllegalArgumentException(decidingRole + " decides no filings");
    }
  }
}
