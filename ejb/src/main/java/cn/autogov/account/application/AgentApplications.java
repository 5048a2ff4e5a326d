package cn.autogov.account.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.enterprise.agent.AgentService;
import cn.autogov.enterprise.agent.AgentView;
import cn.autogov.filing.application.FilingAccess;
import cn.autogov.filing.application.FilingEdits;
import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.application.ReviewService;
import cn.autogov.identity.application.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The seed's one-click 经办人申请 (enterprise name, credit code, 确定: filed at once, 待审核), and the legal
 * person's 撤销 of an agent from its list of agents (the application becomes 无效 on the engine).
 */
@Stateless
public class AgentApplications {

  /** An application as its agent lists it ({@code statusKey}: 已同意 / 已拒绝 in the seed's words). */
  public record Mine(
      Long filingId,
      String number,
      String enterpriseName,
      String creditCode,
      String status,
      String statusKey,
      LocalDateTime changedAt)
      implements java.io.Serializable {}

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB AgentService agents;

  @EJB ReviewService review;

  @Inject FilingEdits edits;

  @Inject FilingAccess access;

  @Inject AgentApplicationDefinition definition;

  /** The application, filed to the enterprise's legal person (every wrong field named). */
  @RolesAllowed(AGENT)
  public FilingView apply(String enterpriseName, String creditCode) {
    var values = new java.util.HashMap<String, String>();
    values.put("enterpriseName", enterpriseName);
    values.put("creditCode", creditCode);
    return access.view(
        edits.fileAtOnce(definition, actors.current(), actors.displayName(), values, Map.of()));
  }

  /** The caller's applications, newest first. */
  @RolesAllowed(AGENT)
  public List<Mine> mine() {
    return em.createQuery(
            "SELECT f, a FROM Filing f, AgentApplicationForm a WHERE a.filingId = f.id"
                + " AND f.applicant.accountId = :me AND f.typeCode = :type ORDER BY f.id DESC",
            Object[].class)
        .setParameter("me", actors.current().accountId())
        .setParameter("type", AgentApplicationDefinition.CODE)
        .getResultStream()
        .map(
            r -> {
              var f = (cn.autogov.filing.domain.Filing) r[0];
              var a = (cn.autogov.account.domain.AgentApplicationForm) r[1];
              return new Mine(
                  f.getId(),
                  f.getNumber(),
                  a.enterpriseName(),
                  a.creditCode(),
                  f.getStatus().name(),
                  definition.type().statusKey(f.getStatus(), f.getReview().getStage()),
                  f.getStatusChangedAt());
            })
        .toList();
  }

  /** How many applications wait for the legal person's decision. */
  @RolesAllowed(ENTERPRISE)
  public long waiting() {
    return em.createQuery(
            "SELECT COUNT(f) FROM Filing f WHERE f.addresseeId = :me AND f.review.queueRole ="
                + " cn.autogov.access.Role.ENTERPRISE",
            Long.class)
        .setParameter("me", actors.forEnterprise().enterpriseId())
        .getSingleResult();
  }

  /** 撤销: the agent acts for the enterprise no more (with an optional reason it reads). */
  @RolesAllowed(ENTERPRISE)
  public void revoke(Long grantId, String reason) {
    AgentView v = agents.ofMyEnterprise(grantId);
    if (v.filingId() == null) {
      agents.revokeUnfiled(grantId);
    } else {
      review.revoke(v.filingId(), reason);
    }
  }
}
