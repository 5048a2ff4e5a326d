package cn.autogov.enterprise.agent;

import cn.autogov.access.Actor;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * What the enterprise area keeps of agents' authorisations, for the account area's agent
 * application (经办人申请) to ask and to write as the consequence of its decisions: the enterprise an
 * application names, an authorisation already held, granting and revoking. The callers established
 * who acts; never used by the front modules.
 */
@Dependent
public class AgentGrants {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  /**
   * The enterprise of this credit code and this name that has its legal-person account; null, with
   * the problem under {@code enterpriseName}, when there is none (the seed: both must match).
   */
  public Long enterpriseNamed(String name, String creditCode, Checks checks) {
    if (name == null || creditCode == null || checks.has("creditCode")) {
      return null;
    }
    Long id =
        Enterprise.withCreditCode(em, creditCode)
            .filter(e -> e.getName().equals(name.strip())) // every enterprise has its account
            .map(Enterprise::getId)
            .orElse(null);
    if (id == null) {
      checks.add("enterpriseName", "agent.no-such-enterprise");
    }
    return id;
  }

  /** Refuses (under {@code enterpriseName}) an application for an enterprise already acted for. */
  public void requireNotGranted(Long agentId, Long enterpriseId, Checks checks) {
    if (enterpriseId != null && find(agentId, enterpriseId) != null) {
      checks.add("enterpriseName", "agent.already-authorised");
    }
  }

  /** The agent acts for the enterprise from now on (the legal person approved application). */
  public void grant(Actor by, Long agentId, Long enterpriseId, Long filingId, String number) {
    if (find(agentId, enterpriseId) == null) {
      em.persist(AgentGrant.of(agentId, enterpriseId, filingId, number, BusinessTime.now()));
      em.flush();
    }
    recorded(by, enterpriseId, "agent.approved", agentId);
  }

  /**
   * The agent acts for the enterprise no more, from its next request: the grant goes and, if the
   * agent had switched to the enterprise, so does its acting enterprise (the account locked, so a
   * switch at the same moment waits and then finds no grant).
   */
  public void revoke(Actor by, Long agentId, Long enterpriseId) {
    UserAccount agent = em.find(UserAccount.class, agentId, LockModeType.PESSIMISTIC_WRITE);
    AgentGrant g = find(agentId, enterpriseId);
    if (g != null) {
      em.remove(g);
    }
    if (enterpriseId.equals(agent.getEnterpriseId())) {
      agent.ofEnterprise(null);
    }
    em.flush();
    recorded(by, enterpriseId, "agent.revoked", agentId);
  }

  /** In the enterprise's activity, under the legal person who decided. */
  private void recorded(Actor by, Long enterpriseId, String action, Long agentId) {
    if (by != null) {
      actors.recordFor(
          by, enterpriseId, action, em.find(UserAccount.class, agentId).getLoginName());
    }
  }

  /** The agent's grant for the enterprise; null when it has none. */
  AgentGrant find(Long agentId, Long enterpriseId) {
    return em.createNamedQuery("AgentGrant.of", AgentGrant.class)
        .setParameter("agentId", agentId)
        .setParameter("enterpriseId", enterpriseId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
