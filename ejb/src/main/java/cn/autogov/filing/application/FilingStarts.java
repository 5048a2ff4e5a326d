package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.domain.Applicant;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingMaterial;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How a filing begins, for the applicant and for intake staff alike: who may start one (the type's
 * prerequisite, one open filing of a type at a time), and the new filing with its number, form and
 * (for a change) the approved filing's materials. Used by the services, which check their callers
 * first.
 */
@Dependent
public class FilingStarts {

  @PersistenceContext EntityManager em;

  @EJB FilingNumbers numbers;

  @Inject FilingSteps steps;

  @Inject FilingAccess access;

  @EJB cn.autogov.identity.application.Actors actors;

  /**
   * A new filing (or, with {@code approved}, a change of it) of the enterprise, numbered, with its
   * form (prefilled, or copied from the approved filing with its materials); entered offline when
   * the actor is staff.
   */
  public FilingDetail start(
      FilingDefinition def, Actor actor, EnterpriseProfile e, Filing approved) {
    LocalDateTime now = BusinessTime.now();
    String number = numbers.next(def.type().numberPrefix(), now.getYear());
    Filing f =
        approved == null
            ? Filing.draft(def.type(), number, e.id(), actor.loginName(), now)
            : Filing.changeOf(def.type(), approved, number, actor.loginName(), now);
    f.describeApplicant(e.name(), e.regionCode());
    if (!actor.role().isEnterpriseSide()) {
      f.enteredOffline();
    }
    return access.detail(open(def, actor, f, e, approved, now));
  }

  /**
   * Whether the caller may start a filing of this type (for its enterprise {@code e}, or itself).
   */
  public boolean mayStart(FilingDefinition def, Actor actor, EnterpriseProfile e) {
    if (def.type().filedByAccount()) {
      return !def.type().signedOut() && def.type().accountApplicants().contains(actor.role());
    }
    if (e == null || !actor.role().isEnterpriseSide()) {
      return false;
    }
    var checks = new Checks();
    def.checkApplicant(e, checks);
    return checks.ok();
  }

  /**
   * A new filing of the account's own (实名认证, 账号找回, …): of a role the type lets file, one open at a
   * time, its form empty.
   */
  public FilingDetail startOfAccount(FilingDefinition def, Actor actor) {
    if (def.type().signedOut()) {
      throw new RefusedException("filing.not-for-your-account", "type", def.type().code());
    }
    return access.detail(newOfAccount(def, actor, actors.displayName()));
  }

  /**
   * The same for an account named {@code name} (its login name when it has none), its holder
   * established by the caller.
   */
  public Filing newOfAccount(FilingDefinition def, Actor actor, String name) {
    if (!def.type().accountApplicants().contains(actor.role())) {
      throw new RefusedException("filing.not-for-your-account", "type", def.type().code());
    }
    if (!def.type().addressed()) { // those: one waiting per enterprise addressed, at 上报
      requireNoOpen(def.type(), null, actor.accountId());
    }
    LocalDateTime now = BusinessTime.now();
    String number = numbers.next(def.type().numberPrefix(), now.getYear());
    Filing f = Filing.draftOfAccount(def.type(), number, actor.accountId(), actor.loginName(), now);
    f.describeApplicant(name == null || name.isBlank() ? actor.loginName() : name, null);
    return open(def, actor, f, null, null, now);
  }

  private Filing open(
      FilingDefinition def,
      Actor actor,
      Filing f,
      EnterpriseProfile e,
      Filing approved,
      LocalDateTime now) {
    em.persist(f);
    em.flush();
    FilingForm old = approved == null ? null : access.form(approved);
    em.persist(def.newForm(f.getId(), e, old));
    if (approved != null) {
      copyMaterials(approved, f, actor, now);
    }
    em.flush();
    steps.publish(actor, f);
    return f;
  }

  private void copyMaterials(Filing from, Filing to, Actor actor, LocalDateTime now) {
    em.createNamedQuery("FilingMaterial.ofFiling", FilingMaterial.class)
        .setParameter("filing", from.getId())
        .getResultList()
        .forEach(
            m ->
                em.persist(
                    FilingMaterial.of(
                        to.getId(), m.getSlot(), m.getFileId(), actor.loginName(), now)));
  }

  /** The type's prerequisite: an approved filing of that type, still valid. */
  public void requirePrerequisite(FilingType type, EnterpriseProfile e, Checks checks) {
    if (type.prerequisite() == null) {
      return;
    }
    LocalDate today = BusinessTime.today();
    boolean held =
        em.createNamedQuery("Filing.approvedOf", Filing.class)
            .setParameter("enterprise", e.id())
            .setParameter("account", Applicant.key(null))
            .setParameter("type", type.prerequisite())
            .getResultStream()
            .anyMatch(p -> p.getValidUntil() == null || !today.isAfter(p.getValidUntil()));
    if (!held) {
      checks.add("type", "filing.prerequisite-missing", "type", type.prerequisite());
    }
  }

  /** One filing of an addressed type waiting per account and enterprise addressed. */
  public void requireNoneWaitingAt(FilingType type, Long accountId, Long addressee) {
    em.createNamedQuery("Filing.waitingAt", Filing.class)
        .setParameter("account", accountId)
        .setParameter("type", type.code())
        .setParameter("addressee", addressee)
        .getResultStream()
        .findFirst()
        .ifPresent(
            open -> {
              throw new RefusedException("filing.open-exists", "number", open.getNumber());
            });
  }

  /** One open filing of a type per enterprise at a time. */
  public void requireNoOpen(FilingType type, Long enterpriseId) {
    requireNoOpen(type, enterpriseId, null);
  }

  /**
   * One open filing of a type (and of the types it is open together with) per applicant, an
   * enterprise or an account, at a time.
   */
  private void requireNoOpen(FilingType type, Long enterpriseId, Long accountId) {
    em.createNamedQuery("Filing.openOf", Filing.class)
        .setParameter("enterprise", Applicant.key(enterpriseId))
        .setParameter("account", Applicant.key(accountId))
        .setParameter("types", type.openTogether())
        .setParameter("open", FilingStatus.OPEN)
        .getResultStream()
        .findFirst()
        .ifPresent(
            open -> {
              throw new RefusedException("filing.open-exists", "number", open.getNumber());
            });
  }
}
