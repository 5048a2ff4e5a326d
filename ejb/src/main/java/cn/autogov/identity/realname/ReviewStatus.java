package cn.autogov.identity.realname;

/** 待审核 → 审核通过 / 审核不通过 (the same three states serve account recovery). */
public enum ReviewStatus {
  SUBMITTED,
  APPROVED,
  REJECTED
}
