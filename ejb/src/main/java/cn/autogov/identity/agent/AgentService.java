package cn.autogov.identity.agent;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.identity.application.Actor;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Agents (经办人, seed 002 steps 2–3): a natural person applies for an enterprise by name and credit
 * code, the enterprise's legal person approves, rejects or later revokes, and the agent switches
 * between the enterprises it acts for.
 */
@Stateless
public class AgentService {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  /** 经办人申请: the enterprise's name and credit code must both match a legal-person account. */
  @RolesAllowed(AGENT)
  public AgentView apply(String enterpriseName, String creditCode) {
    var checks = new Checks();
    String name = checks.text("enterpriseName", enterpriseName, 200);
    String code = checks.identifier("creditCode", IdentifierKind.USCC, creditCode, true);
    checks.throwIfAny();
    Enterprise e =
        Enterprise.withCreditCode(em, code)
            .filter(x -> x.getName().equals(name))
            .orElseThrow(() -> new RefusedException("agent.no-such-enterprise"));
    UserAccount me = actors.account();
    boolean open =
        !em.createNamedQuery("AgentAuthorisation.open", AgentAuthorisation.class)
            .setParameter("agentId", me.getId())
            .setParameter("enterpriseId", e.getId())
            .getResultList()
            .isEmpty();
    if (open) {
      throw new RefusedException("agent.already-applied");
    }
    var a = AgentAuthorisation.apply(me.getId(), e.getId(), BusinessTime.now());
    em.persist(a);
    em.flush();
    actors.recordFor(actors.current(), e.getId(), "agent.applied", e.getName());
    return view(a, me, e);
  }

  /** The caller's own applications and authorisations. */
  @RolesAllowed(AGENT)
  public List<AgentView> mine() {
    UserAccount me = actors.account();
    return em
        .createNamedQuery("AgentAuthorisation.ofAgent", AgentAuthorisation.class)
        .setParameter("agentId", me.getId())
        .getResultList()
        .stream()
        .map(a -> view(a, me, em.find(Enterprise.class, a.getEnterpriseId())))
        .toList();
  }

  @RolesAllowed(AGENT)
  public void withdraw(Long id) {
    UserAccount me = actors.account();
    AgentAuthorisation a = em.find(AgentAuthorisation.class, id);
    if (a == null || !a.getAgentId().equals(me.getId())) {
      throw RefusedException.notFound();
    }
    a.withdraw(BusinessTime.now());
  }

  /** 切换企业: the agent acts for this enterprise from now on, if authorised. */
  @RolesAllowed(AGENT)
  public void switchTo(Long enterpriseId) {
    UserAccount me = actors.account();
    long approved =
        em.createNamedQuery("AgentAuthorisation.countApproved", Long.class)
            .setParameter("agentId", me.getId())
            .setParameter("enterpriseId", enterpriseId)
            .getSingleResult();
    if (approved == 0) {
      throw RefusedException.notFound();
    }
    me.ofEnterprise(enterpriseId);
    actors.recordFor(actors.current(), enterpriseId, "agent.switched", null);
  }

  /** 经办人审核: every application and agent of the legal person's enterprise. */
  @RolesAllowed(ENTERPRISE)
  public List<AgentView> ofMyEnterprise() {
    Actor actor = actors.forEnterprise();
    Enterprise e = em.find(Enterprise.class, actor.enterpriseId());
    return em
        .createNamedQuery("AgentAuthorisation.ofEnterprise", AgentAuthorisation.class)
        .setParameter("enterpriseId", e.getId())
        .getResultList()
        .stream()
        .map(a -> view(a, em.find(UserAccount.class, a.getAgentId()), e))
        .toList();
  }

  @RolesAllowed(ENTERPRISE)
  public AgentView approve(Long id) {
    AgentAuthorisation a = ofCallersEnterprise(id);
    a.approve(BusinessTime.now());
    return recorded(a, "agent.approved");
  }

  @RolesAllowed(ENTERPRISE)
  public AgentView reject(Long id, String reason) {
    AgentAuthorisation a = ofCallersEnterprise(id);
    var checks = new Checks();
    String r = checks.text("remark", reason, 500);
    checks.throwIfAny();
    a.reject(r, BusinessTime.now());
    return recorded(a, "agent.rejected");
  }

  /** The agent loses access at once; an enterprise it was switched to is no longer its own. */
  @RolesAllowed(ENTERPRISE)
  public AgentView revoke(Long id, String reason) {
    AgentAuthorisation a = ofCallersEnterprise(id);
    a.revoke(reason == null || reason.isBlank() ? null : reason.strip(), BusinessTime.now());
    return recorded(a, "agent.revoked");
  }

  private AgentView recorded(AgentAuthorisation a, String action) {
    UserAccount agent = em.find(UserAccount.class, a.getAgentId());
    actors.record(actors.current(), action, agent.getLoginName());
    return view(a, agent, em.find(Enterprise.class, a.getEnterpriseId()));
  }

  private AgentAuthorisation ofCallersEnterprise(Long id) {
    Actor actor = actors.forEnterprise();
    AgentAuthorisation a = id == null ? null : em.find(AgentAuthorisation.class, id);
    if (a == null || !a.getEnterpriseId().equals(actor.enterpriseId())) {
      throw RefusedException.notFound();
    }
    return a;
  }

  static AgentView view(AgentAuthorisation a, UserAccount agent, Enterprise e) {
    return new AgentView(
        a.getId(),
        agent.getLoginName(),
        agent.getRealName(),
        mask(agent.getIdNumber()),
        e.getId(),
        e.getName(),
        e.getCreditCode().value(),
        a.getStatus(),
        a.getAppliedAt(),
        a.getDecidedAt(),
        a.getRemark());
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
