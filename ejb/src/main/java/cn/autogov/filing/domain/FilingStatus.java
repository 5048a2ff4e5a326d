package cn.autogov.filing.domain;

/**
 * 暂存 DRAFT → 待上报 SAVED → 待审核 SUBMITTED → 审核通过 APPROVED / 审核不通过 REJECTED; 退回修改 RETURNED and 撤回
 * WITHDRAWN give the filing back to the applicant; 失效 EXPIRED when the validity ends; 无效
 * INVALIDATED when superseded or revoked. Labels are in the portal's bundles.
 */
public enum FilingStatus {
  DRAFT,
  SAVED,
  SUBMITTED,
  RETURNED,
  WITHDRAWN,
  APPROVED,
  REJECTED,
  EXPIRED,
  INVALIDATED;

  /** Not yet at an end: the applicant has at most one such filing of a type at a time. */
  public static final java.util.List<FilingStatus> OPEN =
      java.util.List.of(DRAFT, SAVED, SUBMITTED, RETURNED, WITHDRAWN);

  /** The applicant may change the form and the materials. */
  public boolean isEditable() {
    return this == DRAFT || this == SAVED || this == RETURNED || this == WITHDRAWN;
  }

  /** Only what was never submitted can be deleted. */
  public boolean isDeletable() {
    return this == DRAFT || this == SAVED;
  }

  /** Nothing more happens to it. */
  public boolean isFinal() {
    return this == REJECTED || this == EXPIRED || this == INVALIDATED;
  }
}
