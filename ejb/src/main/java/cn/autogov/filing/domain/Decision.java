package cn.autogov.filing.domain;

/** What a reviewer decides at a stage: 通过, 不通过, or 退回修改. */
public enum Decision {
  APPROVE,
  REJECT,
  RETURN;

  /** Rejections and returns must say why; the applicant reads it. */
  public boolean needsRemark() {
    return this != APPROVE;
  }
}
