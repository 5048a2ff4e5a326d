package cn.autogov.identity.agent;

/** 待审核 → 已同意 / 已拒绝; 已同意 → 已撤销 (by the legal person); 待审核 → 已撤回 (by the agent). */
public enum AgentStatus {
  PENDING,
  APPROVED,
  REJECTED,
  REVOKED,
  WITHDRAWN;

  /** Whether the authorisation still counts (blocks a second application for the same pair). */
  public boolean isOpen() {
    return this == PENDING || this == APPROVED;
  }
}
