package cn.autogov.filing.domain;

import cn.autogov.kernel.RefusedException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a filing holds and how it is found: its columns, the queries over them and what may be read.
 * What may happen to it — the status machine and its history — is {@link Filing}'s; only it sets
 * these fields.
 */
@MappedSuperclass
@NamedQuery(
    name = "Filing.approvedOf",
    query =
        "SELECT f FROM Filing f WHERE (f.applicant.enterpriseId = :enterprise"
            + " OR f.applicant.accountId = :account) AND f.typeCode = :type"
            + " AND f.status = cn.autogov.filing.domain.FilingStatus.APPROVED")
@NamedQuery(
    name = "Filing.changesOf",
    query = "SELECT f FROM Filing f WHERE f.changeOf = :filing ORDER BY f.id")
@NamedQuery(
    name = "Filing.ofApplicant",
    query =
        "SELECT f FROM Filing f WHERE f.applicant.enterpriseId = :enterprise"
            + " OR f.applicant.accountId = :account ORDER BY f.id DESC")
@NamedQuery(
    name = "Filing.waitingAt",
    query =
        "SELECT f FROM Filing f WHERE f.applicant.accountId = :account AND f.typeCode = :type"
            + " AND f.addresseeId = :addressee"
            + " AND f.status = cn.autogov.filing.domain.FilingStatus.SUBMITTED")
@NamedQuery(
    name = "Filing.enteredBy",
    query =
        "SELECT f FROM Filing f WHERE f.createdBy = :login"
            + " AND f.channel = cn.autogov.filing.domain.FilingChannel.OFFLINE ORDER BY f.id DESC")
@NamedQuery(
    name = "Filing.openOf",
    query =
        "SELECT f FROM Filing f WHERE (f.applicant.enterpriseId = :enterprise"
            + " OR f.applicant.accountId = :account) AND f.typeCode IN :types AND f.status IN :open")
@NamedQuery(
    name = "Filing.validityEnding",
    query =
        "SELECT f FROM Filing f WHERE f.status = cn.autogov.filing.domain.FilingStatus.APPROVED"
            + " AND f.changeOf IS NULL AND f.validity.validUntil >= :today AND f.validity.validUntil <= :horizon"
            + " ORDER BY f.id")
@NamedQuery(
    name = "Filing.expiring",
    query =
        "SELECT f FROM Filing f WHERE f.status = cn.autogov.filing.domain.FilingStatus.APPROVED"
            + " AND f.validity.validUntil < :today ORDER BY f.id")
@NamedQuery(
    name = "Filing.dueSoon",
    query =
        "SELECT f FROM Filing f WHERE f.review.queueRole IS NOT NULL AND f.review.deadline.dueOn <= :by"
            + " AND (f.review.deadline.remindedOn IS NULL OR f.review.deadline.remindedOn < :today)"
            + " ORDER BY f.id")
@NamedQuery(
    name = "Filing.overdue",
    query =
        "SELECT f FROM Filing f WHERE f.review.queueRole IS NOT NULL AND f.review.deadline.dueOn < :today"
            + " AND f.review.deadline.escalatedAt IS NULL ORDER BY f.id")
public abstract class FilingRecord {

  @Id
  @SequenceGenerator(name = "filing_seq", sequenceName = "filing_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 30)
  String number;

  @Column(name = "type_code", nullable = false, updatable = false, length = 40)
  String typeCode;

  @Embedded Applicant applicant;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  FilingStatus status;

  @Embedded ReviewState review = new ReviewState();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  FilingChannel channel = FilingChannel.ONLINE;

  @Column(name = "change_of")
  Long changeOf;

  /**
   * The enterprise the filing is addressed to, whose legal person decides its {@linkplain
   * Stage#addressed() addressed} stages (an agent's application: the enterprise it would act for).
   */
  @Column(name = "addressee_id")
  Long addresseeId;

  @Column(name = "created_at", nullable = false, updatable = false)
  LocalDateTime createdAt;

  @Column(name = "submitted_at")
  LocalDateTime submittedAt;

  /** When the status last changed (partners sync on it). */
  @Column(name = "status_changed_at")
  LocalDateTime statusChangedAt;

  /** 核验码: printed on the filing's PDFs; with the number it opens the public verification. */
  @Column(name = "verification_code", length = 16)
  String verificationCode;

  @Embedded ValidityPeriod validity = new ValidityPeriod();

  @Version private long version;

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public FilingStatus getStatus() {
    return status;
  }

  public FilingChannel getChannel() {
    return channel;
  }

  /** The verification code, made the first time it is asked for. */
  public String verificationCode(java.util.function.Supplier<String> fresh) {
    if (verificationCode == null) {
      verificationCode = fresh.get();
    }
    return verificationCode;
  }

  /** Whether {@code code} is this filing's verification code (compared in constant time). */
  public boolean verifiedBy(String code) {
    return verificationCode != null
        && code != null
        && java.security.MessageDigest.isEqual(
            verificationCode.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            code.strip()
                .toUpperCase(java.util.Locale.ROOT)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  public LocalDateTime getStatusChangedAt() {
    return statusChangedAt;
  }

  public long getVersion() {
    return version;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Long getChangeOf() {
    return changeOf;
  }

  public Long getAddresseeId() {
    return addresseeId;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDate getDueOn() {
    return review.getDeadline().getDueOn();
  }

  public LocalDate getValidFrom() {
    return getValidity().getValidFrom();
  }

  public LocalDate getValidUntil() {
    return getValidity().getValidUntil();
  }

  public Applicant getApplicant() {
    return applicant;
  }

  public ReviewState getReview() {
    return review;
  }

  public ValidityPeriod getValidity() {
    return validity == null ? new ValidityPeriod() : validity;
  }

  ValidityPeriod changingValidity() {
    if (validity == null) {
      validity = new ValidityPeriod();
    }
    return validity;
  }

  /** Refused, naming this filing's number and status (and {@code more} name/value pairs). */
  RefusedException refused(String key, Object... more) {
    Object[] params = new Object[more.length + 4];
    params[0] = "number";
    params[1] = number;
    params[2] = "status";
    params[3] = status.name();
    System.arraycopy(more, 0, params, 4, more.length);
    return new RefusedException(key, params);
  }
}
