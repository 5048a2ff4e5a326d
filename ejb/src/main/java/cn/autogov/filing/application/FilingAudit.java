package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.audit.application.AuditSwitch;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.identity.application.Actors;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Every step in the audit trail (who, acting for whom, what, from which status to which, why),
 * written in the step's own transaction just before it commits: a step that rolled back is not in
 * the trail, and a step is not taken when its entry cannot be written. A status change by the
 * enterprise's side goes to its activity record.
 */
@ApplicationScoped
public class FilingAudit {

  @EJB AuditTrail audit;

  @EJB Actors actors;

  @Inject AuditSwitch auditSwitch;

  void audited(@Observes(during = TransactionPhase.BEFORE_COMPLETION) FilingStepped e) {
    if (!auditSwitch.isOff()) {
      audit.recordWithin(auditEvent(e));
    }
  }

  void activity(@Observes FilingStepped e) {
    Actor a = e.actor();
    if (a != null && a.role().isEnterpriseSide() && e.changesStatus()) {
      actors.recordActivity(a, "filing." + e.step().getAction().code(), e.filing().getNumber());
    }
  }

  static AuditEvent auditEvent(FilingStepped e) {
    Actor actor = e.actor();
    Long actingFor = actor != null && actor.role().isEnterpriseSide() ? actor.enterpriseId() : null;
    var step = e.step();
    String before =
        step.getFrom() == null
            ? null
            : step.getFrom().name() + (step.getStage() == null ? "" : " stage " + step.getStage());
    String after = step.getTo().name() + (step.getRemark() == null ? "" : " | " + step.getRemark());
    return new AuditEvent(
        step.getActor(),
        actingFor,
        "filing." + step.getAction().code(),
        e.filing().getNumber(),
        null,
        before,
        after);
  }
}
