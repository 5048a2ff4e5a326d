package cn.autogov.enterprise.agent;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An agent's authorisation as the agent (the enterprises it may switch to) and the legal person
 * (its agents) see it: who, for which enterprise, granted when by which application (经办人申请).
 */
public record AgentView(
    Long id,
    String agentLoginName,
    String agentName,
    String agentIdNumberMasked,
    Long enterpriseId,
    String enterpriseName,
    String creditCode,
    Long filingId,
    String filingNumber,
    LocalDateTime grantedAt)
    implements Serializable {}
