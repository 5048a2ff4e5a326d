package cn.autogov.kernel.review;

/** 待审核 → 审核通过 / 审核不通过: the states of a request a reviewer decides once. */
public enum ReviewStatus {
  SUBMITTED,
  APPROVED,
  REJECTED
}
