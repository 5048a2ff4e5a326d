package cn.autogov.enterprise.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A natural person's standing authorisation to act for an enterprise as its agent (经办人): written
 * when the enterprise's legal person approves the agent's application (a filing of the account
 * area, whose number it keeps), removed when the legal person revokes it; the agent loses access at
 * its next request. Identity reads nothing else to decide whom an agent acts for.
 */
@Entity
@Table(name = "agent_grant")
@NamedQuery(
    name = "AgentGrant.of",
    query =
        "SELECT g FROM AgentGrant g WHERE g.agentId = :agentId AND g.enterpriseId = :enterpriseId")
@NamedQuery(
    name = "AgentGrant.ofAgent",
    query = "SELECT g FROM AgentGrant g WHERE g.agentId = :agentId ORDER BY g.id DESC")
@NamedQuery(
    name = "AgentGrant.ofEnterprise",
    query = "SELECT g FROM AgentGrant g WHERE g.enterpriseId = :enterpriseId ORDER BY g.id DESC")
public class AgentGrant {

  @Id
  @SequenceGenerator(
      name = "agent_grant_seq",
      sequenceName = "agent_grant_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_grant_seq")
  private Long id;

  @Column(name = "agent_id", nullable = false, updatable = false)
  private Long agentId;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  /** The approved application; null for the demo agent, granted with the demo data. */
  @Column(name = "filing_id", updatable = false)
  private Long filingId;

  @Column(name = "filing_number", length = 30, updatable = false)
  private String filingNumber;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private LocalDateTime grantedAt;

  protected AgentGrant() {}

  public static AgentGrant of(
      Long agentId, Long enterpriseId, Long filingId, String filingNumber, LocalDateTime now) {
    var g = new AgentGrant();
    g.agentId = agentId;
    g.enterpriseId = enterpriseId;
    g.filingId = filingId;
    g.filingNumber = filingNumber;
    g.grantedAt = now;
    return g;
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

  public Long getFilingId() {
    return filingId;
  }

  public String getFilingNumber() {
    return filingNumber;
  }

  public LocalDateTime getGrantedAt() {
    return grantedAt;
  }
}
