package cn.autogov.enterprise.agent;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.access.Actor;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Agents (经办人, seed 002 steps 2–3) once authorised: the enterprises an agent acts for and switches
 * between (切换企业), and an enterprise's agents as its legal person sees them. Applying and deciding
 * are a filing of the account area (经办人申请, decided on the legal person's workbench).
 */
@Stateless
public class AgentService {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject AgentGrants grants;

  /** The enterprises the caller acts for. */
  @RolesAllowed(AGENT)
  public List<AgentView> mine() {
    UserAccount me = actors.account();
    return em
        .createNamedQuery("AgentGrant.ofAgent", AgentGrant.class)
        .setParameter("agentId", me.getId())
        .getResultList()
        .stream()
        .map(g -> view(g, me, em.find(Enterprise.class, g.getEnterpriseId())))
        .toList();
  }

  /** 切换企业: the agent acts for this enterprise from now on, if authorised. */
  @RolesAllowed(AGENT)
  public void switchTo(Long enterpriseId) {
    // locked before the grant is read: a revocation at the same moment (AgentGrants.revoke) waits
    UserAccount me =
        em.find(UserAccount.class, actors.account().getId(), LockModeType.PESSIMISTIC_WRITE);
    if (enterpriseId == null || grants.find(me.getId(), enterpriseId) == null) {
      throw RefusedException.notFound();
    }
    me.ofEnterprise(enterpriseId);
    actors.recordFor(actors.current(), enterpriseId, "agent.switched", null);
  }

  /** The legal person's enterprise: its agents. */
  @RolesAllowed(ENTERPRISE)
  public List<AgentView> ofMyEnterprise() {
    Actor actor = actors.forEnterprise();
    Enterprise e = em.find(Enterprise.class, actor.enterpriseId());
    return em
        .createNamedQuery("AgentGrant.ofEnterprise", AgentGrant.class)
        .setParameter("enterpriseId", e.getId())
        .getResultList()
        .stream()
        .map(g -> view(g, em.find(UserAccount.class, g.getAgentId()), e))
        .toList();
  }

  /** One of the legal person's agents; not found when it is another enterprise's. */
  @RolesAllowed(ENTERPRISE)
  public AgentView ofMyEnterprise(Long id) {
    Actor actor = actors.forEnterprise();
    AgentGrant g = id == null ? null : em.find(AgentGrant.class, id);
    if (g == null || !g.getEnterpriseId().equals(actor.enterpriseId())) {
      throw RefusedException.notFound();
    }
    return view(
        g,
        em.find(UserAccount.class, g.getAgentId()),
        em.find(Enterprise.class, g.getEnterpriseId()));
  }

  /**
   * Revokes an authorisation granted with the demo data, which no application stands behind (an
   * approved application is revoked on the workbench: its filing becomes 无效).
   */
  @RolesAllowed(ENTERPRISE)
  public void revokeUnfiled(Long id) {
    AgentView v = ofMyEnterprise(id);
    if (v.filingId() != null) {
      throw new RefusedException("agent.revoke-on-filing", "number", v.filingNumber());
    }
    grants.revoke(actors.current(), em.find(AgentGrant.class, id).getAgentId(), v.enterpriseId());
  }

  static AgentView view(AgentGrant g, UserAccount agent, Enterprise e) {
    return new AgentView(
        g.getId(),
        agent.getLoginName(),
        agent.getRealName(),
        mask(agent.getIdNumber()),
        e.getId(),
        e.getName(),
        e.getCreditCode() == null ? null : e.getCreditCode().value(),
        g.getFilingId(),
        g.getFilingNumber(),
        g.getGrantedAt());
  }

  /**
   * 110101********0037 for an ID card, E*****78 for a passport: the legal person sees enough to
   * recognise the person, no more.
   */
  public static String mask(String id) {
    if (id == null || id.length() < 4) {
      return id;
    }
    int head = id.length() >= 15 ? 6 : 1;
    int tail = id.length() >= 15 ? 4 : 2;
    return id.substring(0, head)
        + "*".repeat(id.length() - head - tail)
        + id.substring(id.length() - tail);
  }
}
