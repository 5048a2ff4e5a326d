package cn.autogov.identity.agent;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An authorisation as the agent and the legal person see it. */
public record AgentView(
    Long id,
    String agentLoginName,
    String agentName,
    String agentIdNumberMasked,
    Long enterpriseId,
    String enterpriseName,
    String creditCode,
    AgentStatus status,
    LocalDateTime appliedAt,
    LocalDateTime decidedAt,
    String remark)
    implements Serializable {}
