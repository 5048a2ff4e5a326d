package cn.autogov.identity.recovery;

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
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A request to recover an enterprise's lost legal-person account. SUBMITTED → APPROVED (the account
 * gets a one-time password, sent to the requester's mobile, to be changed at login) or REJECTED
 * with a reason.
 */
@Entity
@Table(name = "account_recovery")
@NamedQuery(
    name = "AccountRecovery.byStatus",
    query =
        "SELECT r FROM AccountRecovery r WHERE r.review.status = :status ORDER BY r.submittedAt")
@NamedQuery(
    name = "AccountRecovery.ofRequester",
    query = "SELECT r FROM AccountRecovery r WHERE r.requesterId = :requesterId ORDER BY r.id DESC")
public class AccountRecovery {

  @Id
  @SequenceGenerator(name = "recovery_seq", sequenceName = "recovery_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_seq")
  private Long id;

  @Column(name = "requester_id", nullable = false, updatable = false)
  private Long requesterId;

  @Column(name = "credit_code", nullable = false, length = 18)
  private String creditCode;

  @Column(name = "enterprise_name", nullable = false, length = 200)
  private String enterpriseName;

  @Column(nullable = false)
  private boolean announced;

  @Column(name = "requester_name", nullable = false, length = 100)
  private String requesterName;

  @Column(name = "requester_id_number", nullable = false, length = 40)
  private String requesterIdNumber;

  @Column(name = "authorised_name", nullable = false, length = 100)
  private String authorisedName;

  @Column(name = "authorised_id_number", nullable = false, length = 40)
  private String authorisedIdNumber;

  @Column(nullable = false, length = 11)
  private String mobile;

  @Column(name = "announcement_front_id")
  private Long announcementFrontId;

  @Column(name = "announcement_page_id")
  private Long announcementPageId;

  @Column(name = "licence_id", nullable = false)
  private Long licenceId;

  @Column(name = "letter_id", nullable = false)
  private Long letterId;

  @Column(name = "legal_person_id_scan", nullable = false)
  private Long legalPersonIdScan;

  @Column(name = "authorised_id_scan", nullable = false)
  private Long authorisedIdScan;

  @Embedded private Review review = new Review();

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Version private long version;

  protected AccountRecovery() {}

  @SuppressWarnings("checkstyle:ParameterNumber")
  static AccountRecovery submit(
      Long requesterId,
      String creditCode,
      String enterpriseName,
      boolean announced,
      String requesterName,
      String requesterIdNumber,
      String authorisedName,
      String authorisedIdNumber,
      String mobile,
      Long[] materials,
      LocalDateTime now) {
    var r = new AccountRecovery();
    r.requesterId = requesterId;
    r.creditCode = creditCode;
    r.enterpriseName = enterpriseName;
    r.announced = announced;
    r.requesterName = requesterName;
    r.requesterIdNumber = requesterIdNumber;
    r.authorisedName = authorisedName;
    r.authorisedIdNumber = authorisedIdNumber;
    r.mobile = mobile;
    r.announcementFrontId = materials[0];
    r.announcementPageId = materials[1];
    r.licenceId = materials[2];
    r.letterId = materials[3];
    r.legalPersonIdScan = materials[4];
    r.authorisedIdScan = materials[5];
    r.submittedAt = now;
    return r;
  }

  void approve(String reviewer, LocalDateTime now) {
    review.approve(reviewer, now);
  }

  void reject(String reviewer, String reason, LocalDateTime now) {
    review.reject(reviewer, reason, now);
  }

  /** The stored file of material slot {@code i} (order of {@link RecoveryView#MATERIALS}). */
  Long material(int i) {
    return switch (i) {
      case 0 -> announcementFrontId;
      case 1 -> announcementPageId;
      case 2 -> licenceId;
      case 3 -> letterId;
      case 4 -> legalPersonIdScan;
      case 5 -> authorisedIdScan;
      default -> null;
    };
  }

  public Long getId() {
    return id;
  }

  public Long getRequesterId() {
    return requesterId;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public boolean isAnnounced() {
    return announced;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public String getRequesterIdNumber() {
    return requesterIdNumber;
  }

  public String getAuthorisedName() {
    return authorisedName;
  }

  public String getAuthorisedIdNumber() {
    return authorisedIdNumber;
  }

  public String getMobile() {
    return mobile;
  }

  public ReviewStatus getStatus() {
    return review.getStatus();
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDateTime getDecidedAt() {
    return review.getDecidedAt();
  }

  public String getRemark() {
    return review.getRemark();
  }
}
