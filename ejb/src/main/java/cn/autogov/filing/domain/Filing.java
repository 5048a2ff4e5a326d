package cn.autogov.filing.domain;

import static cn.autogov.filing.domain.FilingStatus.APPROVED;
import static cn.autogov.filing.domain.FilingStatus.DRAFT;
import static cn.autogov.filing.domain.FilingStatus.EXPIRED;
import static cn.autogov.filing.domain.FilingStatus.INVALIDATED;
import static cn.autogov.filing.domain.FilingStatus.REJECTED;
import static cn.autogov.filing.domain.FilingStatus.RETURNED;
import static cn.autogov.filing.domain.FilingStatus.SAVED;
import static cn.autogov.filing.domain.FilingStatus.SUBMITTED;
import static cn.autogov.filing.domain.FilingStatus.WITHDRAWN;

import cn.autogov.access.Role;
import cn.autogov.kernel.RefusedException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A filing (备案/申请) and its status machine. Every move checks where the filing is, is written to its
 * history, and is refused with a domain error (a {@link RefusedException} naming the status, or who
 * decided first) when it is not allowed. The version makes two decisions at once impossible: the
 * second fails to write and is told who decided.
 */
@Entity
@Table(name = "filing")
public class Filing extends FilingRecord {

  @OneToMany(mappedBy = "filing", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<FilingEvent> history = new ArrayList<>();

  /** Steps taken since this instance was loaded or created, not yet recorded elsewhere. */
  @Transient private List<FilingEvent> unrecorded = new ArrayList<>();

  protected Filing() {}

  private void log(FilingEvent e) {
    history.add(e);
    if (unrecorded == null) {
      unrecorded = new ArrayList<>();
    }
    unrecorded.add(e);
  }

  /** The steps taken since the last call (for the audit trail and notifications). */
  public List<FilingEvent> takeNewSteps() {
    if (unrecorded == null || unrecorded.isEmpty()) {
      return List.of();
    }
    var steps = List.copyOf(unrecorded);
    unrecorded.clear();
    return steps;
  }

  /** 暂存: a new filing of an enterprise, started by the acting account. */
  public static Filing draft(
      FilingType type, String number, Long enterpriseId, String actor, LocalDateTime now) {
    return draft(type, number, Applicant.enterprise(enterpriseId), actor, now);
  }

  /** 暂存: a new filing of an account's own (实名认证, 账号找回, …), started by that account. */
  public static Filing draftOfAccount(
      FilingType type, String number, Long accountId, String actor, LocalDateTime now) {
    return draft(type, number, Applicant.account(accountId), actor, now);
  }

  private static Filing draft(
      FilingType type, String number, Applicant applicant, String actor, LocalDateTime now) {
    var f = new Filing();
    f.typeCode = type.code();
    f.number = number;
    f.applicant = applicant;
    f.createdBy = actor;
    f.status = DRAFT;
    f.statusChangedAt = now;
    f.createdAt = now;
    f.log(FilingEvent.of(f, actor, FilingStep.CREATED, null, DRAFT, null, null, now));
    return f;
  }

  /** A change (变更) of an approved filing: it applies to that one when approved. */
  public static Filing changeOf(
      FilingType changeType, Filing approved, String number, String actor, LocalDateTime now) {
    if (approved.status != APPROVED) {
      throw approved.refused("filing.change-needs-approved");
    }
    Filing f = draft(changeType, number, approved.applicant.getEnterpriseId(), actor, now);
    f.changeOf = approved.getId();
    return f;
  }

  /** A paper application (线下申请), entered by staff for the enterprise. */
  public void enteredOffline() {
    channel = FilingChannel.OFFLINE;
  }

  /** Who files: the enterprise's name and division at the time (queues filter and show them). */
  public void describeApplicant(String name, String region) {
    applicant.describe(name, region);
  }

  /** The enterprise the filing goes to, named by its form (while the applicant may edit). */
  public void addressTo(Long enterpriseId) {
    requireEditable();
    addresseeId = enterpriseId;
  }

  /** 暂存 (incomplete) or 保存 (complete and valid: 待上报), while the applicant may edit. */
  public void save(boolean complete, String actor, LocalDateTime now) {
    requireEditable();
    move(
        complete ? SAVED : DRAFT,
        actor,
        complete ? FilingStep.SAVED : FilingStep.DRAFT_SAVED,
        null,
        now);
  }

  /** 上报: a complete filing goes to the first review stage, due after its SLA. */
  public void submit(FilingType type, LocalDate dueOn, String actor, LocalDateTime now) {
    if (status != SAVED) {
      throw refused(status == DRAFT ? "filing.incomplete" : "filing.not-submittable");
    }
    review.enter(type.stage(0).decidingRole(), dueOn);
    submittedAt = now;
    move(SUBMITTED, actor, FilingStep.SUBMITTED, null, now);
  }

  /** 撤回: back to the applicant, only before a reviewer has taken it. */
  public void withdraw(FilingType type, String actor, LocalDateTime now) {
    if (!type.canSendBack()) {
      throw refused("filing.no-send-back");
    }
    if (status != SUBMITTED) {
      throw refused("filing.not-withdrawable");
    }
    if (review.takenBy() != null) {
      throw refused("filing.already-taken", "reviewer", review.takenBy());
    }
    review.leaveQueue();
    move(WITHDRAWN, actor, FilingStep.WITHDRAWN, null, now);
  }

  /** A reviewer takes the filing from the queue (others see it as taken). */
  public void claim(String reviewer, LocalDateTime now) {
    requireDecidableBy(reviewer);
    if (review.claim(reviewer)) {
      logHere(reviewer, FilingStep.CLAIMED, null, now);
    }
  }

  /** Hands the filing to a colleague (from the queue, or from the one who holds it). */
  public void assign(String by, String to, LocalDateTime now) {
    requireDecidableBy(by);
    review.handTo(to);
    logHere(by, FilingStep.ASSIGNED, to, now);
  }

  /** The reviewer puts it back in the queue. */
  public void release(String reviewer, LocalDateTime now) {
    requireDecidable();
    if (review.release(reviewer)) {
      logHere(reviewer, FilingStep.RELEASED, null, now);
    }
  }

  /**
   * A stage decision. Approval moves on to the next stage (due after its SLA: {@code nextDueOn})
   * or, at the last stage, approves the filing and starts its validity; rejection and return need a
   * remark the applicant reads.
   */
  public void decide(
      FilingType type,
      Decision decision,
      String reviewer,
      String reason,
      LocalDate nextDueOn,
      LocalDateTime now) {
    requireDecidableBy(reviewer);
    if (decision == Decision.RETURN && !type.canSendBack()) {
      throw refused("filing.no-send-back");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (decision.needsRemark() && why == null) {
      throw refused("filing.remark-required");
    }
    int stage = review.getStage();
    if (decision == Decision.APPROVE && type.isLastStage(stage) && type.fourEyes()) {
      String first = review.getFirstApprovedBy();
      if (reviewer.equals(first)) {
        throw refused("filing.second-approver-needed", "reviewer", first);
      }
      if (first == null) {
        review.approvedFirst(reviewer);
        logHere(reviewer, FilingStep.FIRST_APPROVED, why, now);
        return;
      }
    }
    review.decided(reviewer, why, now);
    if (decision == Decision.APPROVE && !type.isLastStage(stage)) {
      logHere(reviewer, FilingStep.STAGE_APPROVED, why, now);
      review.nextStage(type.stage(stage + 1).decidingRole(), nextDueOn);
      return;
    }
    review.leaveQueue();
    switch (decision) {
      case APPROVE -> {
        changingValidity().start(now.toLocalDate(), type.validity());
        move(APPROVED, reviewer, FilingStep.APPROVED, why, now);
        awaitFulfilment(type, nextDueOn);
      }
      case REJECT ->
          move(
              type.refusalReturnsAll() ? RETURNED : REJECTED,
              reviewer,
              FilingStep.REJECTED,
              why,
              now);
      case RETURN -> move(RETURNED, reviewer, FilingStep.RETURNED, why, now);
    }
  }

  /** The step the approved filing waits for, if it is {@code stepCode} and {@code role}'s. */
  public FulfilmentStep stepFor(FilingType type, String stepCode, Role role) {
    FulfilmentStep step = type.fulfilmentAfter(review.getFulfilledSteps());
    if (status != APPROVED || step == null) {
      throw refused("filing.nothing-to-fulfil");
    }
    if (!step.code().equals(stepCode)) {
      throw refused(
          "filing.not-next-step",
          "step",
          new cn.autogov.kernel.DomainText.Label("fulfilment." + step.code()));
    }
    if (!step.recordedBy(role)) {
      throw refused("filing.not-your-step");
    }
    return step;
  }

  /** 办理: records that step (with its datum, a tracking number); the next is due on nextDueOn. */
  public void fulfil(
      FilingType type,
      String stepCode,
      Role role,
      String actor,
      String datum,
      LocalDate nextDueOn,
      LocalDateTime now) {
    stepFor(type, stepCode, role);
    log(
        FilingEvent.of(
            this,
            actor,
            FilingStep.FULFILLED,
            APPROVED,
            APPROVED,
            review.getFulfilledSteps(),
            datum,
            now));
    review.fulfilled();
    awaitFulfilment(type, nextDueOn);
  }

  /** The next fulfilment step waits in its role's queue, due on {@code dueOn}; or none does. */
  private void awaitFulfilment(FilingType type, LocalDate dueOn) {
    FulfilmentStep next = type.fulfilmentAfter(review.getFulfilledSteps());
    if (next == null) {
      review.leaveQueue();
    } else {
      review.queue(next.role(), dueOn);
    }
  }

  /** An approved change keeps the validity of the filing it changed. */
  public void keepValidityOf(Filing changed) {
    changingValidity().keep(changed.getValidity());
  }

  /** 失效: the validity job, the day after the last valid day. */
  public boolean expireIfDue(LocalDate today, LocalDateTime now) {
    if (status == APPROVED && getValidity().endedBefore(today)) {
      review.leaveQueue();
      move(EXPIRED, "system", FilingStep.EXPIRED, null, now);
      return true;
    }
    return false;
  }

  /** 无效: superseded by a newer approved filing, or revoked. */
  public void invalidate(String actor, String reason, LocalDateTime now) {
    if (status != APPROVED && status != EXPIRED) {
      throw refused("filing.not-invalidatable");
    }
    review.leaveQueue();
    move(INVALIDATED, actor, FilingStep.INVALIDATED, reason, now);
  }

  /**
   * 无效: a change not yet decided, whose filing a newer approved filing has replaced; it can no
   * longer apply to anything.
   */
  public void lapse(String reason, LocalDateTime now) {
    if (!FilingStatus.OPEN.contains(status)) {
      throw refused("filing.not-invalidatable");
    }
    review.leaveQueue();
    move(INVALIDATED, "system", FilingStep.INVALIDATED, reason, now);
  }

  /** The reminder of the validity's end due today (30 or 7 days before), or null. */
  public Integer expiryReminderDue(LocalDate today) {
    return status == APPROVED ? getValidity().reminderDue(today) : null;
  }

  /** Records that the enterprise was reminded {@code days} before the end of validity. */
  public void expiryReminded(int days) {
    changingValidity().reminded(days);
  }

  /** Whether an approved change may still apply to this filing: it is approved and valid. */
  public boolean isInForce() {
    return status == APPROVED;
  }

  /** SLA: the reviewers were reminded on this day (once a day at most). */
  public void reminded(LocalDate today) {
    review.reminded(today);
  }

  /** SLA: overdue, handed up to the supervising reviewers; written to the history once. */
  public void escalate(String to, LocalDateTime now) {
    review.escalated(now);
    logHere("system", FilingStep.ESCALATED, to, now);
  }

  /** Whether it waits for a reviewer after its due date. */
  public boolean isOverdue(LocalDate today) {
    return review.isOverdue(today);
  }

  /** Whether the applicant may delete it (never submitted). */
  public boolean isDeletable() {
    return status.isDeletable();
  }

  /** Refuses when the applicant may no longer change the form or the materials. */
  public void requireEditable() {
    if (!status.isEditable()) {
      throw refused("filing.not-editable");
    }
  }

  private void requireDecidable() {
    if (status != SUBMITTED) {
      String by = review.getDecidedBy();
      if (by != null && (status == APPROVED || status == REJECTED || status == RETURNED)) {
        throw refused(
            "filing.already-decided", "reviewer", by, "at", review.getDecidedAt().withNano(0));
      }
      throw refused("filing.not-in-review");
    }
  }

  /** In review, and not held by a reviewer other than {@code reviewer}. */
  private void requireDecidableBy(String reviewer) {
    requireDecidable();
    String other = review.heldByOtherThan(reviewer);
    if (other != null) {
      throw refused("filing.already-taken", "reviewer", other);
    }
  }

  /** A step that leaves the status where it is (at the current stage). */
  private void logHere(String actor, FilingStep action, String remark, LocalDateTime now) {
    log(FilingEvent.of(this, actor, action, status, status, review.getStage(), remark, now));
  }

  private void move(
      FilingStatus to, String actor, FilingStep action, String why, LocalDateTime now) {
    Integer at = to == SUBMITTED ? review.getStage() : null;
    log(FilingEvent.of(this, actor, action, status, to, at, why, now));
    if (status != to) {
      statusChangedAt = now;
    }
    status = to;
  }

  public List<FilingEvent> getHistory() {
    return Collections.unmodifiableList(history);
  }
}
