package cn.autogov.filing.application;

import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingEvent;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.identity.application.Actor;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.notification.Channel;
import cn.autogov.notification.Inbox;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What every step of a filing leaves behind, for every business on the engine: an audit entry (who,
 * acting for whom, what, from which status to which, why; kept even if the step's transaction rolls
 * back), the enterprise's activity, and — when the status changes in a way the applicant must hear
 * of — a message in the applicant's portal inbox and, for decisions, an SMS and email through the
 * outbox (sent after commit).
 */
@Stateless
@PermitAll // called by the filing beans, after they checked their callers
public class FilingRecorder {

  /** Status changes the applicant is told of in the inbox. */
  static final Set<FilingStatus> TOLD =
      EnumSet.of(
          FilingStatus.SUBMITTED,
          FilingStatus.RETURNED,
          FilingStatus.APPROVED,
          FilingStatus.REJECTED,
          FilingStatus.EXPIRED,
          FilingStatus.INVALIDATED);

  /** ... and by SMS and email as well. */
  static final Set<FilingStatus> TEXTED =
      EnumSet.of(
          FilingStatus.RETURNED,
          FilingStatus.APPROVED,
          FilingStatus.REJECTED,
          FilingStatus.EXPIRED,
          FilingStatus.INVALIDATED);

  @PersistenceContext EntityManager em;

  @EJB AuditTrail audit;

  @EJB Actors actors;

  @EJB Inbox inbox;

  @Inject MessageGateway gateway;

  @Inject cn.autogov.audit.application.AuditSwitch auditSwitch;

  @Inject jakarta.enterprise.event.Event<FilingStatusChanged> statusChanged;

  /** The steps the filings took in this call, by {@code actor} (null: the platform's jobs). */
  public void steps(Actor actor, Filing... filings) {
    steps(actor, Arrays.asList(filings));
  }

  public void steps(Actor actor, List<Filing> filings) {
    List<AuditEvent> events = new ArrayList<>();
    for (Filing f : filings) {
      for (FilingEvent step : f.takeNewSteps()) {
        events.add(auditEvent(actor, f, step));
        if (actor != null && actor.role().isEnterpriseSide() && changes(step)) {
          actors.recordActivity(actor, "filing." + step.getAction(), f.getNumber());
        }
        if (changes(step) && TOLD.contains(step.getTo())) {
          tell(f, step);
        }
        if (changes(step)) {
          statusChanged.fire(new FilingStatusChanged(f, step.getFrom(), step.getTo()));
        }
      }
    }
    if (!events.isEmpty() && !auditSwitch.isOff()) {
      audit.recordAll(events);
    }
  }

  private static boolean changes(FilingEvent step) {
    return step.getFrom() != step.getTo();
  }

  static AuditEvent auditEvent(Actor actor, Filing f, FilingEvent step) {
    Long actingFor = actor != null && actor.role().isEnterpriseSide() ? actor.enterpriseId() : null;
    String before =
        step.getFrom() == null
            ? null
            : step.getFrom().name() + (step.getStage() == null ? "" : " stage " + step.getStage());
    String after = step.getTo().name() + (step.getRemark() == null ? "" : " | " + step.getRemark());
    return new AuditEvent(
        step.getActor(),
        actingFor,
        "filing." + step.getAction(),
        f.getNumber(),
        null,
        before,
        after);
  }

  /** The applicant: who filed it and the enterprise's legal-person account. */
  private void tell(Filing f, FilingEvent step) {
    List<String> args =
        Arrays.asList(
            f.getNumber(), f.getTypeCode(), step.getRemark() == null ? "" : step.getRemark());
    tellApplicants(
        f,
        "inbox.filing." + step.getTo().name(),
        args,
        TEXTED.contains(step.getTo()) ? text(f, step) : null);
  }

  /**
   * Tells the applicant (inbox, SMS and email) that the filing's validity ends in {@code daysLeft}
   * days, so that it files anew in time.
   */
  public void validityEnding(Filing f, long daysLeft) {
    tellApplicants(
        f,
        "inbox.filing.validity-ending",
        Arrays.asList(
            f.getNumber(),
            f.getTypeCode(),
            String.valueOf(f.getValidUntil()),
            String.valueOf(daysLeft)),
        "【机动车企业政务服务平台】您的备案"
            + f.getNumber()
            + "将于"
            + f.getValidUntil()
            + "到期（还有"
            + daysLeft
            + "天）。如需继续开展业务，请在到期前重新申请备案。");
  }

  /** A message in each applicant's inbox and, when there is a {@code text}, an SMS and email. */
  private void tellApplicants(Filing f, String inboxKey, List<String> args, String text) {
    for (UserAccount a : applicants(f)) {
      inbox.put(a.getId(), f.getId(), inboxKey, args);
      if (text != null && a.getMobile() != null) {
        gateway.send(Channel.SMS, a.getMobile(), text);
      }
      if (text != null && a.getEmail() != null) {
        gateway.send(Channel.EMAIL, a.getEmail(), text);
      }
    }
  }

  private List<UserAccount> applicants(Filing f) {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.enterpriseId = :e AND a.enabled = TRUE"
                + " AND (a.loginName = :creator OR a.role = :legal)",
            UserAccount.class)
        .setParameter("e", f.getEnterpriseId())
        .setParameter("creator", f.getCreatedBy())
        .setParameter("legal", Role.ENTERPRISE)
        .getResultList();
  }

  static String text(Filing f, FilingEvent step) {
    String why = step.getRemark() == null ? "" : step.getRemark();
    return "【机动车企业政务服务平台】您的申请"
        + f.getNumber()
        + switch (step.getTo()) {
          case APPROVED ->
              "已审核通过" + (f.getValidUntil() == null ? "。" : "，有效期至" + f.getValidUntil() + "。");
          case REJECTED -> "审核不通过：" + why;
          case RETURNED -> "被退回修改：" + why;
          case EXPIRED -> "已过有效期，已失效。";
          case INVALIDATED -> "已失效（" + why + "）。";
          default -> "状态已更新。";
        };
  }
}
