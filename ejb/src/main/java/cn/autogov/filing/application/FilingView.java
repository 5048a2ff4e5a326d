package cn.autogov.filing.application;

import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FulfilmentStep;
import cn.autogov.kernel.BusinessTime;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A filing in a list ({@code statusKey}: the label of its status as the applicant reads it, a
 * worded stage's own words where the route has them; {@code nextStep}: the fulfilment step after
 * 审核通过 it waits for, if any): the enterprise's "my filings" (with the operations the seed offers in
 * that status: edit 修改, delete 删除, submit 上报, withdraw 撤回, change 变更, fulfil for a fulfilment step
 * of the applicant's own; and {@code revoke:<role>}, 撤销 by that role's decider) or a reviewer's
 * queue.
 */
public record FilingView(
    Long id,
    String number,
    String type,
    boolean change,
    String changeOfNumber,
    String applicantName,
    boolean byAccount,
    FilingStatus status,
    String statusKey,
    int stage,
    String stageCode,
    String claimedBy,
    String firstApprovedBy,
    LocalDateTime createdAt,
    LocalDateTime submittedAt,
    LocalDate dueOn,
    boolean overdue,
    LocalDateTime decidedAt,
    String decidedBy,
    String remark,
    LocalDate validFrom,
    LocalDate validUntil,
    long version,
    boolean sendBack,
    int fulfilledSteps,
    FulfilmentStep nextStep,
    List<String> operations)
    implements Serializable {

  static FilingView of(Filing f, FilingType type, String changeOfNumber, boolean changeable) {
    LocalDate today = BusinessTime.today();
    List<String> ops = new ArrayList<>();
    if (f.getStatus().isEditable()) {
      ops.add("edit");
      ops.add("submit");
    }
    if (f.isDeletable()) {
      ops.add("delete");
    }
    if (f.getStatus() == FilingStatus.SUBMITTED
        && type.canSendBack()
        && f.getReview().getStage() == 0
        && f.getReview().getClaimedBy() == null
        && f.getReview().getFirstApprovedBy() == null) {
      ops.add("withdraw");
    }
    if (f.getStatus() == FilingStatus.SUBMITTED) { // whose stage it is: only they decide
      ops.add("decide:" + type.stage(f.getReview().getStage()).decidingRole().roleName());
    }
    if (changeable && f.getStatus() == FilingStatus.APPROVED && !type.isChange()) {
      ops.add("change");
    }
    if (type.revokedBy() != null && f.getStatus() == FilingStatus.APPROVED) {
      ops.add("revoke:" + type.revokedBy().roleName()); // 撤销
    }
    FulfilmentStep next =
        f.getStatus() == FilingStatus.APPROVED
            ? type.fulfilmentAfter(f.getReview().getFulfilledSteps())
            : null;
    if (next != null && next.byApplicant()) {
      ops.add("fulfil"); // the applicant's own step (确认收到)
    }
    boolean inReview = f.getStatus() == FilingStatus.SUBMITTED;
    return new FilingView(
        f.getId(),
        f.getNumber(),
        f.getTypeCode(),
        type.isChange(),
        changeOfNumber,
        f.getApplicant().getName(),
        f.getApplicant().getAccountId() != null,
        f.getStatus(),
        type.statusKey(f.getStatus(), f.getReview().getStage()),
        f.getReview().getStage(),
        inReview ? type.stage(f.getReview().getStage()).code() : null,
        f.getReview().getClaimedBy(),
        f.getReview().getFirstApprovedBy(),
        f.getCreatedAt(),
        f.getSubmittedAt(),
        f.getDueOn(),
        f.isOverdue(today),
        f.getReview().getDecidedAt(),
        f.getReview().getDecidedBy(),
        f.getReview().getRemark(),
        f.getValidFrom(),
        f.getValidUntil(),
        f.getVersion(),
        type.canSendBack(),
        f.getReview().getFulfilledSteps(),
        next,
        List.copyOf(ops));
  }

  public boolean can(String operation) {
    return operations.contains(operation);
  }
}
