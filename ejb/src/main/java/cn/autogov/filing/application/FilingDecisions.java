package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingStep;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FulfilmentStep;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The stage decision, for the actor whose right to decide its caller established: a reviewer on the
 * workbench ({@link ReviewService#decide}), or a partner system acting for its organisation through
 * the exchange (the e-key provider's 复核).
 */
@Dependent
public class FilingDecisions {

  private static final List<FilingStep> DECISIONS = List.copyOf(FilingStep.DECISIONS);

  @PersistenceContext EntityManager em;

  @EJB Deadlines deadlines;

  @Inject FilingTypes types;

  @Inject FilingAccess access;

  @Inject FilingSteps steps;

  /**
   * The stage decision. {@code version} (required) is the one the reviewer saw: when anything
   * happened to the filing since — someone decided, or the applicant changed and resubmitted it —
   * the caller is told who did what and when, and nothing changes: nobody approves content they did
   * not see.
   */
  public FilingDetail decide(Actor a, Long id, Long version, Decision decision, String remark) {
    Filing f = access.forReviewer(a, id);
    var required = new Checks();
    if (decision == null) {
      required.add("decision", "input.required");
    }
    if (version == null) {
      required.add("version", "input.required");
    }
    required.throwIfAny();
    if (version != f.getVersion()) {
      var last = f.getHistory().get(f.getHistory().size() - 1);
      if (DECISIONS.contains(last.getAction())) {
        throw new RefusedException(
            "filing.already-decided",
            "number",
            f.getNumber(),
            "reviewer",
            last.getActor(),
            "at",
            last.getAt().withNano(0));
      }
      throw new RefusedException(
          "filing.changed-since-seen",
          "number",
          f.getNumber(),
          "actor",
          last.getActor(),
          "at",
          last.getAt().withNano(0));
    }
    var checks = new Checks();
    String why = checks.optionalText("remark", remark, 500);
    if (decision.needsRemark() && why == null) {
      checks.add("remark", "filing.remark-required");
    }
    checks.throwIfAny();
    if (f.getStatus() == FilingStatus.SUBMITTED && f.getReview().getQueueRole() != a.role()) {
      throw new RefusedException("filing.not-your-stage", "number", f.getNumber());
    }
    FilingDefinition def = types.of(f.getTypeCode());
    FilingType type = def.type();
    LocalDateTime now = BusinessTime.now();
    LocalDate next = dueOfNext(type, f, now.toLocalDate());
    f.decide(type, decision, a.loginName(), why, next, now);
    if (decision == Decision.REJECT && type.refusalReturnsAll()) {
      em.createQuery("DELETE FROM FilingMaterial m WHERE m.filingId = :id") // all to upload anew
          .setParameter("id", f.getId())
          .executeUpdate();
    }
    List<Filing> touched = new ArrayList<>(List.of(f));
    if (f.getStatus() == FilingStatus.APPROVED) {
      var approval =
          new Approval(em, f, access.form(f), access.enterprise(f), now, () -> access.materials(f));
      def.approved(approval);
      touched.addAll(approval.invalidated());
    }
    em.flush();
    steps.publish(a, touched);
    return access.detail(f);
  }

  /**
   * When what follows a decision is due: the next stage's, or after the last stage the first
   * fulfilment step's working days; null when nothing follows.
   */
  private LocalDate dueOfNext(FilingType type, Filing f, LocalDate today) {
    if (!type.isLastStage(f.getReview().getStage())) {
      return deadlines.dueAfter(today, type.stage(f.getReview().getStage() + 1).slaWorkingDays());
    }
    FulfilmentStep first = type.fulfilmentAfter(0);
    return first == null ? null : deadlines.dueAfter(today, first.slaWorkingDays());
  }
}
