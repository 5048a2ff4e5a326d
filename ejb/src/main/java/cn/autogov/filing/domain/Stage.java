package cn.autogov.filing.domain;

import cn.autogov.access.Role;

/**
 * One review stage: who decides (a role, limited to the applicant's division when {@code regional};
 * to the reviewers of the applicant's province, not of a city or district within it, when {@code
 * provincial}), and within how many working days (the SLA). {@code worded}: the stage's outcome has
 * its own words for the applicant — {@code stage.<code>.passed} / {@code stage.<code>.failed} (004:
 * 核验通过 / 核验未通过 by the issuing authority, then 复核通过 / 复核未通过 by the provider) — in place of 审核通过 /
 * 审核不通过; and, where the labels have them, its decider's buttons say {@code stage.<code>.approve} /
 * {@code stage.<code>.reject} (a legal person's 同意 / 拒绝). A stage of role {@link Role#ENTERPRISE}
 * is {@linkplain #addressed() addressed}: decided by the legal-person account of the enterprise the
 * filing names (经办人审核: the enterprise an agent applies to act for), nationally.
 */
public record Stage(
    String code,
    Role decidingRole,
    boolean regional,
    int slaWorkingDays,
    boolean provincial,
    boolean worded) {

  public Stage(String code, Role decidingRole, boolean regional, int slaWorkingDays) {
    this(code, decidingRole, regional, slaWorkingDays, false, false);
  }

  public Stage(
      String code, Role decidingRole, boolean regional, int slaWorkingDays, boolean provincial) {
    this(code, decidingRole, regional, slaWorkingDays, provincial, false);
  }

  public Stage {
    if (slaWorkingDays < 1) {
      throw new IllegalArgumentException("an SLA of at least one working day");
    }
    if (provincial && !regional) {
      throw new IllegalArgumentException(code + ": a provincial stage is a regional one");
    }
    if (!decidingRole.isStaff() && decidingRole != Role.ENTERPRISE) {
      throw new IllegalArgumentException(decidingRole + " decides no filings");
    }
    if (decidingRole == Role.ENTERPRISE && regional) {
      throw new IllegalArgumentException(
          code + ": a legal person decides for its enterprise alone");
    }
    if (decidingRole == Role.ADMIN && regional) {
      // administrators decide the platform's own affairs (人工实名认证), nationally
      throw new IllegalArgumentException(code + ": administrators have no division to review by");
    }
  }

  /** Decided by the legal person of the enterprise the filing is addressed to. */
  public boolean addressed() {
    return decidingRole == Role.ENTERPRISE;
  }
}
