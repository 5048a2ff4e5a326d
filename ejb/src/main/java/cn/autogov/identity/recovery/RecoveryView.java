package cn.autogov.identity.recovery;

import cn.autogov.kernel.review.ReviewStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A recovery request as the requester and the certification centre see it. */
public record RecoveryView(
    Long id,
    String requesterLogin,
    String creditCode,
    String enterpriseName,
    boolean announced,
    String requesterName,
    String requesterIdNumber,
    String authorisedName,
    String authorisedIdNumber,
    String maskedMobile,
    List<String> materials,
    ReviewStatus status,
    LocalDateTime submittedAt,
    LocalDateTime decidedAt,
    String remark)
    implements Serializable {

  /** Material slots, in the order of the seed; the first two only for announced enterprises. */
  public static final List<String> MATERIALS =
      List.of(
          "announcementFront",
          "announcementPage",
          "licence",
          "letter",
          "legalPersonIdScan",
          "authorisedIdScan");

  static RecoveryView of(AccountRecovery r, String login) {
    List<String> present =
        java.util.stream.IntStream.range(0, MATERIALS.size())
            .filter(i -> r.material(i) != null)
            .mapToObj(MATERIALS::get)
            .toList();
    return new RecoveryView(
        r.getId(),
        login,
        r.getCreditCode(),
        r.getEnterpriseName(),
        r.isAnnounced(),
        r.getRequesterName(),
        r.getRequesterIdNumber(),
        r.getAuthorisedName(),
        r.getAuthorisedIdNumber(),
        cn.autogov.identity.application.AccountView.maskMobile(r.getMobile()),
        present,
        r.getStatus(),
        r.getSubmittedAt(),
        r.getDecidedAt(),
        r.getRemark());
  }
}
