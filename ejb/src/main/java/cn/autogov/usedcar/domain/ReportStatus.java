package cn.autogov.usedcar.domain;

/**
 * Where a return stands: 已保存 (the enterprise's draft), 已上报 (with the authority), 已受理 (accepted:
 * locked), 已退回 (sent back with a remark: the enterprise corrects and reports again), 更正申请中 (the
 * enterprise asked to correct an accepted return; the authority approves, which sends it back, or
 * refuses, which keeps it accepted).
 */
public enum ReportStatus {
  DRAFT,
  SUBMITTED,
  ACCEPTED,
  RETURNED,
  CORRECTION_REQUESTED;

  /** The enterprise may change its figures. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  /** Reported to the authority: the month's sales are then closed to change. */
  public boolean reported() {
    return this == SUBMITTED || this == ACCEPTED || this == CORRECTION_REQUESTED;
  }
}
