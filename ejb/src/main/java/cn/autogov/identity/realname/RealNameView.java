package cn.autogov.identity.realname;

import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.kernel.review.ReviewStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A real-name application as its applicant and the reviewers see it. */
public record RealNameView(
    Long id,
    String loginName,
    Subject subject,
    ReviewStatus status,
    EnterpriseType enterpriseType,
    String creditCode,
    String organisationName,
    LegalPersonType legalPersonType,
    String personName,
    IdType idType,
    String idNumber,
    String address,
    LocalDate idValidFrom,
    LocalDate idValidUntil,
    boolean idPermanent,
    boolean licenceScan,
    LocalDateTime submittedAt,
    LocalDateTime decidedAt,
    String remark)
    implements Serializable {

  static RealNameView of(RealNameApplication r, String loginName) {
    return new RealNameView(
        r.getId(),
        loginName,
        r.getSubject(),
        r.getStatus(),
        r.getEnterpriseType(),
        r.getCreditCode(),
        r.getOrganisationName(),
        r.getLegalPersonType(),
        r.getPersonName(),
        r.getIdType(),
        r.getIdNumber(),
        r.getAddress(),
        r.getIdValidFrom(),
        r.getIdValidUntil(),
        r.isIdPermanent(),
        r.getLicenceScanId() != null,
        r.getSubmittedAt(),
        r.getDecidedAt(),
        r.getRemark());
  }
}
