package cn.autogov.identity.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A natural person's authorisation to act for an enterprise as its agent (经办人). The person applies;
 * the enterprise's legal person approves or rejects, and may revoke an approved one at any time,
 * which ends the agent's access at its next request.
 */
@Entity
@Table(name = "agent_authorisation")
@NamedQuery(
    name = "AgentAuthorisation.countApproved",
    query =
        "SELECT COUNT(a) FROM AgentAuthorisation a WHERE a.agentId = :agentId"
            + " AND a.enterpriseId = :enterpriseId"
            + " AND a.status = cn.autogov.identity.agent.AgentStatus.APPROVED")
@NamedQuery(
    name = "AgentAuthorisation.ofAgent",
    query = "SELECT a FROM AgentAuthorisation a WHERE a.agentId = :agentId ORDER BY a.id DESC")
@NamedQuery(
    name = "AgentAuthorisation.ofEnterprise",
    query =
        "SELECT a FROM AgentAuthorisation a WHERE a.enterpriseId = :enterpriseId ORDER BY a.id DESC")
@NamedQuery(
    name = "AgentAuthorisation.open",
    query =
        "SELECT a FROM AgentAuthorisation a WHERE a.agentId = :agentId"
            + " AND a.enterpriseId = :enterpriseId AND a.status IN"
            + " (cn.autogov.identity.agent.AgentStatus.PENDING,"
            + " cn.autogov.identity.agent.AgentStatus.APPROVED)")
public class AgentAuthorisation {

  @Id
  @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
  private Long id;

  @Column(name = "agent_id", nullable = false, updatable = false)
  private Long agentId;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AgentStatus status;

  @Column(name = "applied_at", nullable = false, updatable = false)
  private LocalDateTime appliedAt;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(length = 500)
  private String remark;

  @Version private long version;

  protected AgentAuthorisation() {}

  public static AgentAuthorisation apply(Long agentId, Long enterpriseId, LocalDateTime now) {
    var a = new AgentAuthorisation();
    a.agentId = agentId;
    a.enterpriseId = enterpriseId;
    a.status = AgentStatus.PENDING;
    a.appliedAt = now;
    return a;
  }

  public void approve(LocalDateTime now) {
    move(AgentStatus.PENDING, AgentStatus.APPROVED, null, now);
  }

  public void reject(String reason, LocalDateTime now) {
    move(AgentStatus.PENDING, AgentStatus.REJECTED, reason, now);
  }

  public void revoke(String reason, LocalDateTime now) {
    move(AgentStatus.APPROVED, AgentStatus.REVOKED, reason, now);
  }

  public void withdraw(LocalDateTime now) {
    move(AgentStatus.PENDING, AgentStatus.WITHDRAWN, null, now);
  }

  private void move(AgentStatus from, AgentStatus to, String reason, LocalDateTime now) {
    if (status != from) {
      throw new cn.autogov.kernel.RefusedException("state.already", "status", status.name());
    }
    status = to;
    remark = reason;
    decidedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getAgentId() {
    return agentId;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public AgentStatus getStatus() {
    return status;
  }

  public LocalDateTime getAppliedAt() {
    return appliedAt;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getRemark() {
    return remark;
  }
}
