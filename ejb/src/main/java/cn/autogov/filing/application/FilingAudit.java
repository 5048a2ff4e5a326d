package cn.autogov.filing.application;

import cn.autogov.audit.application.AuditSwitch;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.identity.application.Actor;
import cn.autogov.identity.application.Actors;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every step in the audit trail (who, acting for whom, what, from which status to which, why; kept
 * even if the step's transaction rolls back), and a status change by the enterprise's side in its
 * activity record.
 */
@ApplicationScoped
public class FilingAudit {

  @EJB AuditTrail audit;

  @EJB Actors actors;

  @Inject AuditSwitch auditSwitch;

  void audited(@Observes FilingStepped e) {
    if (!auditSwitch.isOff()) {
      audit.record(auditEvent(e));
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
