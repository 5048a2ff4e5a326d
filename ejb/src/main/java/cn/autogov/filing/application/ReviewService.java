package cn.autogov.filing.application;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.access.Actor;
import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingStep;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.application.Contact;
import cn.autogov.identity.application.Contacts;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The reviewers' workbench: the queue of the caller's role (within the caller's division for
 * regional roles), claim, assign, release, and the stage decision (通过 / 不通过 / 退回修改) with a remark;
 * my to-do (what I hold) and done lists; 撤销 (无效) of an approved filing its type lets the last
 * stage's decider revoke. A legal person decides here what was filed to its enterprise (经办人审核).
 */
@Stateless
@RolesAllowed({
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN,
  ENTERPRISE
})
public class ReviewService {

  private static final List<FilingStep> DECISIONS = List.copyOf(FilingStep.DECISIONS);

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB Deadlines deadlines;

  @Inject FilingTypes types;

  @Inject Contacts contacts;

  @Inject FilingAccess access;

  @Inject FilingEdits edits;

  @Inject FilingSteps steps;

  @Inject FilingDecisions decisions;

  @Inject QueueReader queues;

  /** The types the caller reviews (the queue's type filter). */
  public List<String> types() {
    return types.reviewedBy(actors.current().role()).stream().map(FilingType::code).toList();
  }

  /**
   * One page of the queue, in the order asked, and how many filings it holds (counted up to {@link
   * QueuePage#COUNT_CAP}, so no view counts a whole national table).
   */
  public QueuePage queue(QueueQuery q) {
    return queues.page(actors.current(), q);
  }

  /** 已办: filings the caller decided on, newest first. */
  public QueuePage done(int page, int size) {
    Actor a = actors.current();
    int p = Math.max(page, 1);
    int s = size < 1 ? 20 : Math.min(size, QueueQuery.MAX_SIZE);
    List<Filing> found =
        em.createQuery(
                "SELECT DISTINCT f FROM Filing f JOIN f.history e WHERE e.actor = :me AND e.action"
                    + " IN :decisions ORDER BY f.id DESC",
                Filing.class)
            .setParameter("me", a.loginName())
            .setParameter("decisions", DECISIONS)
            .setFirstResult((p - 1) * s)
            .setMaxResults(s + 1)
            .getResultList();
    List<FilingView> rows = found.stream().limit(s).map(queues::view).toList();
    long total =
        em.createQuery(
                "SELECT COUNT(DISTINCT e.filing.id) FROM FilingEvent e WHERE e.actor = :me AND"
                    + " e.action IN :decisions",
                Long.class)
            .setParameter("me", a.loginName())
            .setParameter("decisions", DECISIONS)
            .getSingleResult();
    return new QueuePage(rows, p, s, found.size() > s, total);
  }

  /** 受理: the caller takes the filing; others see who holds it. */
  public FilingView claim(Long id) {
    Actor a = actors.current();
    Filing f = inMyQueue(a, id);
    f.claim(a.loginName(), BusinessTime.now());
    steps.publish(a, f);
    return access.view(f);
  }

  public FilingView release(Long id) {
    Actor a = actors.current();
    Filing f = inMyQueue(a, id);
    f.release(a.loginName(), BusinessTime.now());
    steps.publish(a, f);
    return access.view(f);
  }

  /** Hands the filing to a colleague of the same role whose division covers it. */
  public FilingView assign(Long id, String colleague) {
    Actor a = actors.current();
    Filing f = inMyQueue(a, id);
    if (colleagues(id).stream().noneMatch(c -> c.equals(colleague))) {
      var checks = new Checks();
      checks.add("assignee", "filing.assignee-unknown");
      checks.throwIfAny();
    }
    f.assign(a.loginName(), colleague, BusinessTime.now());
    steps.publish(a, f);
    return access.view(f);
  }

  /** The colleagues a filing may be assigned to (same role, division covering it). */
  public List<String> colleagues(Long id) {
    Actor a = actors.current();
    if (!a.role().isStaff()) {
      return List.of(); // a legal person decides alone
    }
    Filing f = access.forReader(a, id);
    boolean regional = a.role().isRegional();
    var stage = types.of(f.getTypeCode()).type().stage(f.getReview().getStage());
    return contacts.staff(a.role()).stream()
        .filter(u -> !regional || FilingAccess.covers(stage, u.regionCode(), f))
        .map(Contact::loginName)
        .toList();
  }

  /** The caller's stage decision on the version it saw ({@link FilingDecisions#decide}). */
  public FilingDetail decide(Long id, Long version, Decision decision, String remark) {
    return decisions.decide(actors.current(), id, version, decision, remark);
  }

  /**
   * 办理: records the next fulfilment step after 审核通过 (with its datum, a tracking number, when the
   * step has one); the applicant reads it in the history and is told. The step after waits in its
   * role's queue, due in its working days.
   */
  public FilingDetail fulfil(Long id, String step, String datum) {
    Actor a = actors.current();
    Filing f = access.forReviewer(a, id);
    edits.fulfil(a, f, step, datum);
    return access.detail(f);
  }

  /**
   * 撤销 (无效): the decider of the last stage ends an approved filing its type lets it revoke (a legal
   * person ends an agent's authorisation), with an optional reason the applicant reads.
   */
  public FilingDetail revoke(Long id, String remark) {
    Actor a = actors.current();
    Filing f = access.forReviewer(a, id);
    FilingType type = type(f);
    if (type.revokedBy() != a.role()) {
      throw new RefusedException("filing.not-revocable", "number", f.getNumber());
    }
    var checks = new Checks();
    String why = checks.optionalText("remark", remark, 500);
    checks.throwIfAny();
    f.invalidate(a.loginName(), why, BusinessTime.now());
    em.flush();
    steps.publish(a, f);
    return access.detail(f);
  }

  private Filing inMyQueue(Actor a, Long id) {
    Filing f = access.forReviewer(a, id);
    if (f.getStatus() == FilingStatus.SUBMITTED && f.getReview().getQueueRole() != a.role()) {
      throw new RefusedException("filing.not-your-stage", "number", f.getNumber());
    }
    return f;
  }

  private FilingType type(Filing f) {
    return types.of(f.getTypeCode()).type();
  }
}
