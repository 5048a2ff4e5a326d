package cn.autogov.filing.domain;

import cn.autogov.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 审核: where a filing is in its route — the stage, whose queue holds it and until when (its {@link
 * ReviewDeadline}), which reviewer has taken it, who gave the first of two approvals, how many
 * fulfilment steps after 审核通过 are done — and the last decision (who, when, the remark the applicant
 * reads). {@link Filing} decides what may happen; this holds the state it moves.
 */
@Embeddable
public class ReviewState implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(nullable = false)
  private int stage;

  @Column(name = "claimed_by", length = 64)
  private String claimedBy;

  /** The role whose queue holds the filing: its stage's deciding role, or a fulfilment step's. */
  @Enumerated(EnumType.STRING)
  @Column(name = "queue_role", length = 30)
  private Role queueRole;

  /** Four eyes: who gave the first of two approvals at the last stage. */
  @Column(name = "first_approved_by", length = 64)
  private String firstApprovedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(length = 500)
  private String remark;

  @Embedded private ReviewDeadline deadline = new ReviewDeadline();

  /** 办理: how many of its type's fulfilment steps after 审核通过 are done. */
  @Column(name = "fulfilled_steps", nullable = false)
  private int fulfilledSteps;

  /** Submitted: the first stage, in its deciding role's queue until {@code dueOn}, nobody on it. */
  void enter(Role role, LocalDate dueOn) {
    stage = 0;
    claimedBy = null;
    firstApprovedBy = null;
    queue(role, dueOn);
  }

  /** Waits in {@code role}'s queue until {@code dueOn} (a stage or a fulfilment step). */
  void queue(Role role, LocalDate dueOn) {
    queueRole = role;
    changingDeadline().start(dueOn);
  }

  /** Out of every queue: nothing waits for a reviewer or for staff any more. */
  void leaveQueue() {
    if (queueRole != null || getDeadline().getDueOn() != null) {
      changingDeadline().stop();
    }
    queueRole = null;
    claimedBy = null;
  }

  void reminded(LocalDate today) {
    changingDeadline().reminded(today);
  }

  void escalated(LocalDateTime now) {
    changingDeadline().escalated(now);
  }

  boolean isOverdue(LocalDate today) {
    return queueRole != null && getDeadline().isOverdue(today);
  }

  /** One more fulfilment step done. */
  void fulfilled() {
    fulfilledSteps++;
  }

  /** The reviewer holding it, when that is not {@code reviewer}; otherwise null. */
  String heldByOtherThan(String reviewer) {
    return claimedBy != null && !claimedBy.equals(reviewer) ? claimedBy : null;
  }

  /** Who has begun on it (holds it, approved first, or passed a stage); null while untouched. */
  String takenBy() {
    if (claimedBy != null) {
      return claimedBy;
    }
    if (firstApprovedBy != null) {
      return firstApprovedBy;
    }
    return stage > 0 ? decidedBy : null;
  }

  /** Whether {@code reviewer} took it now (false when already holding it). */
  boolean claim(String reviewer) {
    if (claimedBy != null) {
      return false;
    }
    claimedBy = reviewer;
    return true;
  }

  void handTo(String reviewer) {
    claimedBy = reviewer;
  }

  /** Whether {@code reviewer} held it and put it back. */
  boolean release(String reviewer) {
    if (!reviewer.equals(claimedBy)) {
      return false;
    }
    claimedBy = null;
    return true;
  }

  /** The first of two approvals: back in the queue for a second reviewer. */
  void approvedFirst(String reviewer) {
    firstApprovedBy = reviewer;
    claimedBy = null;
  }

  /** A stage decided by {@code reviewer}, with the remark the applicant reads. */
  void decided(String reviewer, String why, LocalDateTime now) {
    claimedBy = null;
    firstApprovedBy = null;
    decidedBy = reviewer;
    decidedAt = now;
    remark = why;
  }

  /** On to the next stage, in its deciding role's queue until {@code dueOn}. */
  void nextStage(Role role, LocalDate dueOn) {
    stage++;
    queue(role, dueOn);
  }

  public int getStage() {
    return stage;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Role getQueueRole() {
    return queueRole;
  }

  public String getFirstApprovedBy() {
    return firstApprovedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRemark() {
    return remark;
  }

  public int getFulfilledSteps() {
    return fulfilledSteps;
  }

  /**
   * The deadline. EclipseLink loads an embeddable whose columns are all null as null; reading
   * answers an empty one without setting it (setting it would be a change, and a new version, on
   * every read).
   */
  public ReviewDeadline getDeadline() {
    return deadline == null ? new ReviewDeadline() : deadline;
  }

  private ReviewDeadline changingDeadline() {
    if (deadline == null) {
      deadline = new ReviewDeadline();
    }
    return deadline;
  }
}
