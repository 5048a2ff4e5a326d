package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 审核期限: when the stage a filing waits in must be decided (working days after it arrived), and what
 * the deadline job did about it — the reviewers reminded (once a day at most) and the overdue
 * filing handed up (once).
 */
@Embeddable
public class ReviewDeadline implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "reminded_on")
  private LocalDate remindedOn;

  @Column(name = "escalated_at")
  private LocalDateTime escalatedAt;

  /** A stage starts: due on {@code dueOn}, nobody reminded or handed up yet. */
  void start(LocalDate dueOn) {
    this.dueOn = dueOn;
    remindedOn = null;
    escalatedAt = null;
  }

  /** Nothing waits for a reviewer any more. */
  void stop() {
    dueOn = null;
    remindedOn = null;
    escalatedAt = null;
  }

  void reminded(LocalDate today) {
    remindedOn = today;
  }

  void escalated(LocalDateTime now) {
    escalatedAt = now;
  }

  boolean isOverdue(LocalDate today) {
    return dueOn != null && today.isAfter(dueOn);
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getRemindedOn() {
    return remindedOn;
  }

  public LocalDateTime getEscalatedAt() {
    return escalatedAt;
  }
}
