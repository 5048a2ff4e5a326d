package cn.autogov.identity.mobile;

import cn.autogov.kernel.review.Review;
import cn.autogov.kernel.review.ReviewStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * 手机号修改 by someone who lost the old number (and so cannot sign in): the account's password, its
 * verified identity again with a scan of the ID document, and the new number proven by its code.
 * SUBMITTED → APPROVED (the new number is bound) or REJECTED with a reason; both told by SMS to the
 * new number.
 */
@Entity
@Table(name = "mobile_change_request")
@NamedQuery(
    name = "MobileChangeRequest.byStatus",
    query =
        "SELECT r FROM MobileChangeRequest r WHERE r.review.status = :status"
            + " ORDER BY r.submittedAt")
@NamedQuery(
    name = "MobileChangeRequest.pendingOf",
    query =
        "SELECT COUNT(r) FROM MobileChangeRequest r WHERE r.accountId = :account"
            + " AND r.review.status = cn.autogov.kernel.review.ReviewStatus.SUBMITTED")
public class MobileChangeRequest {

  @Id
  @SequenceGenerator(
      name = "mobile_change_seq",
      sequenceName = "mobile_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mobile_change_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "person_name", nullable = false, length = 100)
  private String personName;

  @Column(name = "id_number", nullable = false, length = 40)
  private String idNumber;

  @Column(name = "new_mobile", nullable = false, length = 11)
  private String newMobile;

  @Column(name = "id_scan_id", nullable = false)
  private Long idScanId;

  @Column(length = 64)
  private String origin;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Embedded private Review review = new Review();

  protected MobileChangeRequest() {}

  static MobileChangeRequest submit(
      Long accountId,
      String personName,
      String idNumber,
      String newMobile,
      Long idScanId,
      String origin,
      LocalDateTime now) {
    var r = new MobileChangeRequest();
    r.accountId = accountId;
    r.personName = personName;
    r.idNumber = idNumber;
    r.newMobile = newMobile;
    r.idScanId = idScanId;
    r.origin = origin == null || origin.length() <= 64 ? origin : origin.substring(0, 64);
    r.submittedAt = now;
    return r;
  }

  void approve(String reviewer, LocalDateTime now) {
    review.approve(reviewer, now);
  }

  void reject(String reviewer, String reason, LocalDateTime now) {
    review.reject(reviewer, reason, now);
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getPersonName() {
    return personName;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getNewMobile() {
    return newMobile;
  }

  public Long getIdScanId() {
    return idScanId;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public ReviewStatus getStatus() {
    return review.getStatus();
  }

  public LocalDateTime getDecidedAt() {
    return review.getDecidedAt();
  }

  public String getRemark() {
    return review.getRemark();
  }
}
