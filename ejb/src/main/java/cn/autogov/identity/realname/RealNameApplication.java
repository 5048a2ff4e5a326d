package cn.autogov.identity.realname;

import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.kernel.review.Review;
import cn.autogov.kernel.review.ReviewStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A real-name verification (实名认证) an account submitted, after the automatic identifier checks
 * passed. Lifecycle: SUBMITTED → APPROVED (the account becomes a legal-person or natural-person
 * account) or REJECTED with a remark the applicant reads; a rejected applicant may submit again.
 */
@Entity
@Table(name = "real_name_application")
@NamedQuery(
    name = "RealNameApplication.byStatus",
    query =
        "SELECT r FROM RealNameApplication r WHERE r.review.status = :status ORDER BY r.submittedAt")
@NamedQuery(
    name = "RealNameApplication.ofAccount",
    query = "SELECT r FROM RealNameApplication r WHERE r.accountId = :accountId ORDER BY r.id DESC")
public class RealNameApplication {

  @Id
  @SequenceGenerator(name = "real_name_seq", sequenceName = "real_name_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "real_name_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Subject subject;

  @Embedded private Review review = new Review();

  @Enumerated(EnumType.STRING)
  @Column(name = "enterprise_type", length = 40)
  private EnterpriseType enterpriseType;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "organisation_name", length = 200)
  private String organisationName;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_person_type", length = 40)
  private LegalPersonType legalPersonType;

  @Column(name = "person_name", nullable = false, length = 100)
  private String personName;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type", nullable = false, length = 20)
  private IdType idType;

  @Column(name = "id_number", nullable = false, length = 40)
  private String idNumber;

  @Column(nullable = false, length = 300)
  private String address;

  @Column(name = "id_valid_from")
  private LocalDate idValidFrom;

  @Column(name = "id_valid_until")
  private LocalDate idValidUntil;

  @Column(name = "id_permanent", nullable = false)
  private boolean idPermanent;

  @Column(name = "id_scan_id", nullable = false)
  private Long idScanId;

  @Column(name = "licence_scan_id")
  private Long licenceScanId;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Version private long version;

  protected RealNameApplication() {}

  /** 法人认证. */
  public static RealNameApplication legalPerson(
      Long accountId,
      EnterpriseType type,
      String creditCode,
      String organisationName,
      LegalPersonType legalPersonType,
      String representative,
      IdType idType,
      String idNumber,
      String address,
      Long idScanId,
      Long licenceScanId,
      LocalDateTime now) {
    var r = base(accountId, Subject.LEGAL_PERSON, representative, idType, idNumber, address, now);
    r.enterpriseType = type;
    r.creditCode = creditCode;
    r.organisationName = organisationName;
    r.legalPersonType = legalPersonType;
    r.idScanId = idScanId;
    r.licenceScanId = licenceScanId;
    return r;
  }

  /** 自然人认证: the document's validity, or permanent (永久期限). */
  public static RealNameApplication naturalPerson(
      Long accountId,
      String name,
      IdType idType,
      String idNumber,
      String address,
      LocalDate validFrom,
      LocalDate validUntil,
      boolean permanent,
      Long idScanId,
      LocalDateTime now) {
    var r = base(accountId, Subject.NATURAL_PERSON, name, idType, idNumber, address, now);
    r.idValidFrom = validFrom;
    r.idValidUntil = permanent ? null : validUntil;
    r.idPermanent = permanent;
    r.idScanId = idScanId;
    return r;
  }

  private static RealNameApplication base(
      Long accountId,
      Subject subject,
      String name,
      IdType idType,
      String idNumber,
      String address,
      LocalDateTime now) {
    var r = new RealNameApplication();
    r.accountId = accountId;
    r.subject = subject;
    r.personName = name;
    r.idType = idType;
    r.idNumber = idNumber;
    r.address = address;
    r.submittedAt = now;
    return r;
  }

  public void approve(String reviewer, LocalDateTime now) {
    review.approve(reviewer, now);
  }

  public void reject(String reviewer, String reason, LocalDateTime now) {
    review.reject(reviewer, reason, now);
  }

  public boolean isPending() {
    return review.isPending();
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Subject getSubject() {
    return subject;
  }

  public ReviewStatus getStatus() {
    return review.getStatus();
  }

  public EnterpriseType getEnterpriseType() {
    return enterpriseType;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public LegalPersonType getLegalPersonType() {
    return legalPersonType;
  }

  public String getPersonName() {
    return personName;
  }

  public IdType getIdType() {
    return idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getAddress() {
    return address;
  }

  public LocalDate getIdValidFrom() {
    return idValidFrom;
  }

  public LocalDate getIdValidUntil() {
    return idValidUntil;
  }

  public boolean isIdPermanent() {
    return idPermanent;
  }

  public Long getIdScanId() {
    return idScanId;
  }

  public Long getLicenceScanId() {
    return licenceScanId;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDateTime getDecidedAt() {
    return review.getDecidedAt();
  }

  public String getDecidedBy() {
    return review.getDecidedBy();
  }

  public String getRemark() {
    return review.getRemark();
  }
}
