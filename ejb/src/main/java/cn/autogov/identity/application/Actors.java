package cn.autogov.identity.application;

import cn.autogov.access.Actor;
import cn.autogov.access.Role;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Resolves the caller into an {@link Actor} for the business beans, which check roles with
 * {@code @RolesAllowed} first; and records what actors do. Not a service of its own: every method
 * works on the caller only.
 */
@Stateless
@RolesAllowed({
  Role.Names.REGISTERED,
  Role.Names.ENTERPRISE,
  Role.Names.AGENT,
  Role.Names.CERTIFICATION_CENTRE,
  Role.Names.COMMERCE_AUTHORITY,
  Role.Names.ISSUING_AUTHORITY,
  Role.Names.EKEY_PROVIDER,
  Role.Names.ADMIN
})
public class Actors {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @EJB AuditTrail audit;

  /**
   * The signed-in caller. An agent's enterprise is the one it switched to; revoking its
   * authorisation clears it in the same transaction (the enterprise area's {@code AgentGrants}).
   */
  public Actor current() {
    UserAccount a = account();
    return new Actor(
        a.getId(), a.getLoginName(), a.getRole(), a.getEnterpriseId(), a.getRegionCode());
  }

  /** The caller's display name (an enterprise's name, a person's verified name, …). */
  public String displayName() {
    return account().getDisplayName();
  }

  /** The caller's account entity (managed in the caller's transaction). */
  public UserAccount account() {
    var principal = context.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    if (name == null || "ANONYMOUS".equals(name)) {
      throw new EJBAccessException("not signed in");
    }
    return em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
        .setParameter("loginName", UserAccount.normaliseLoginName(name))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new EJBAccessException("no account for caller " + name));
  }

  /** The enterprise an enterprise-side caller acts for; refused when there is none. */
  public Actor forEnterprise() {
    Actor actor = current();
    if (!actor.role().isEnterpriseSide() || actor.enterpriseId() == null) {
      throw new cn.autogov.kernel.RefusedException("actor.no-enterprise");
    }
    return actor;
  }

  /**
   * Records what the actor did: in the enterprise's activity (with the business transaction) and in
   * the audit trail (kept even if the transaction rolls back).
   */
  @PermitAll // the actor was established by the calling business bean
  public void record(Actor actor, String action, String subject) {
    recordFor(actor, actor.enterpriseId(), action, subject);
  }

  /** Records an action about an enterprise the actor does not (yet) act for. */
  @PermitAll // the actor was established by the calling business bean
  public void recordFor(Actor actor, Long enterpriseId, String action, String subject) {
    recorded(actor, enterpriseId, action, subject, null, null);
  }

  /**
   * The enterprise's activity only, for a step the caller's business already put into the audit
   * trail.
   */
  @PermitAll // the actor was established by the calling business bean
  public void recordActivity(Actor actor, String action, String subject) {
    em.persist(ActionRecord.of(actor, actor.enterpriseId(), action, subject, BusinessTime.now()));
  }

  /** Records a change with the value before and after, in the audit trail. */
  @PermitAll // the actor was established by the calling business bean
  public void recordChange(
      Actor actor, String action, String subject, String before, String after) {
    recorded(actor, actor.enterpriseId(), action, subject, before, after);
  }

  private void recorded(
      Actor actor, Long enterpriseId, String action, String subject, String before, String after) {
    em.persist(ActionRecord.of(actor, enterpriseId, action, subject, BusinessTime.now()));
    audit.record(
        new AuditEvent(actor.loginName(), enterpriseId, action, subject, null, before, after));
  }
}
