package cn.autogov.identity.mobile;

import cn.autogov.identity.application.AccountView;
import cn.autogov.kernel.review.ReviewStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A mobile-number change request as the reviewing staff see it (the new number masked). */
public record MobileChangeView(
    Long id,
    String loginName,
    String personName,
    String idNumber,
    String verifiedName,
    String newMobile,
    LocalDateTime submittedAt,
    ReviewStatus status,
    LocalDateTime decidedAt,
    String remark)
    implements Serializable {

  static MobileChangeView of(MobileChangeRequest r, String loginName, String verifiedName) {
    return new MobileChangeView(
        r.getId(),
        loginName,
        r.getPersonName(),
        r.getIdNumber(),
        verifiedName,
        AccountView.maskMobile(r.getNewMobile()),
        r.getSubmittedAt(),
        r.getStatus(),
        r.getDecidedAt(),
        r.getRemark());
  }
}
