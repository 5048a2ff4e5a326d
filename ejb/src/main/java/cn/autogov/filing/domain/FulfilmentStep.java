package cn.autogov.filing.domain;

import cn.autogov.access.Role;

/**
 * A step after 审核通过 that a type declares (办理: 制作完成 → 已寄出 → 待领取 → 已领取): its code (label {@code
 * fulfilment.<code>}), the role whose staff record it — or {@link Role#ENTERPRISE}: the applicant
 * itself (its legal person or an agent acting for it: 确认收到) —, the working days it is due in after
 * the step before, and the datum it records, if any (a tracking number: {@code field.<datum>}),
 * required then.
 */
public record FulfilmentStep(String code, Role role, int slaWorkingDays, String datum)
    implements java.io.Serializable {

  public FulfilmentStep {
    if (slaWorkingDays < 1) {
      throw new IllegalArgumentException(code + ": an SLA of at least one working day");
    }
    if (!(role.isStaff() && role != Role.ADMIN) && role != Role.ENTERPRISE) {
      throw new IllegalArgumentException(role + " records no fulfilment");
    }
  }

  /** Recorded by the applicant enterprise (its legal person or an agent), not by staff. */
  public boolean byApplicant() {
    return role == Role.ENTERPRISE;
  }

  /** Whether a caller of this role may record the step (the filing's access checked apart). */
  public boolean recordedBy(Role caller) {
    return byApplicant() ? caller.isEnterpriseSide() : caller == role;
  }
}
