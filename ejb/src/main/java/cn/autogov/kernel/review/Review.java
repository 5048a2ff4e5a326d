package cn.autogov.kernel.review;

import cn.autogov.kernel.RefusedException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/**
 * The reviewer's decision on a request (real-name verification, account recovery, ...): submitted,
 * then approved or rejected once, by whom, when, and the remark the applicant reads.
 */
@Embeddable
public class Review {

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ReviewStatus status = ReviewStatus.SUBMITTED;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "remark", length = 500)
  private String remark;

  public void approve(String reviewer, LocalDateTime now) {
    decide(ReviewStatus.APPROVED, reviewer, null, now);
  }

  /** Refused with a reason the applicant sees. */
  public void reject(String reviewer, String reason, LocalDateTime now) {
    decide(ReviewStatus.REJECTED, reviewer, reason, now);
  }

  private void decide(ReviewStatus to, String reviewer, String reason, LocalDateTime now) {
    if (status != ReviewStatus.SUBMITTED) {
      throw new RefusedException("state.already");
    }
    status = to;
    decidedBy = reviewer;
    remark = reason;
    decidedAt = now;
  }

  public boolean isPending() {
    return status == ReviewStatus.SUBMITTED;
  }

  public ReviewStatus getStatus() {
    return status;
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
}
