package cn.autogov.ekey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A certificate the issuing CA signed for an e-key (by its serial, in hex), with the application
 * that asked for it; revoked with an RFC 5280 reason code (1 keyCompromise for a lost key's 补办, 4
 * superseded by 更新 or 企业代码变更, 5 cessationOfOperation at 注销), then listed on the CRL.
 */
@Entity
@Table(name = "ekey_certificate")
@NamedQuery(
    name = "EkeyCertificate.revoked",
    query = "SELECT c FROM EkeyCertificate c WHERE c.revokedAt IS NOT NULL ORDER BY c.revokedAt")
@NamedQuery(
    name = "EkeyCertificate.byFingerprint",
    query = "SELECT c FROM EkeyCertificate c WHERE c.fingerprint = :fingerprint")
@NamedQuery(
    name = "EkeyCertificate.ofFiling",
    query = "SELECT c FROM EkeyCertificate c WHERE c.filingId = :filing")
@NamedQuery(
    name = "EkeyCertificate.expiringBetween",
    query =
        "SELECT c FROM EkeyCertificate c WHERE c.revokedAt IS NULL AND c.notAfter >= :from"
            + " AND c.notAfter < :to")
public class EkeyCertificate {

  public static final int KEY_COMPROMISE = 1;
  public static final int SUPERSEDED = 4;
  public static final int CESSATION_OF_OPERATION = 5;

  @Id
  @Column(length = 40)
  private String serial;

  @Column(name = "ekey_id", nullable = false, updatable = false)
  private Long ekeyId;

  /** The application it was made for; null for one issued before the platform (migrated). */
  @Column(name = "filing_id", updatable = false)
  private Long filingId;

  @Column(nullable = false, updatable = false, length = 64)
  private String fingerprint;

  @Column(name = "subject_dn", nullable = false, updatable = false, length = 500)
  private String subjectDn;

  @Column(name = "not_before", nullable = false, updatable = false)
  private LocalDateTime notBefore;

  @Column(name = "not_after", nullable = false, updatable = false)
  private LocalDateTime notAfter;

  @Column(nullable = false, updatable = false, length = 8000)
  private String pem;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "revocation_reason")
  private Integer revocationReason;

  protected EkeyCertificate() {}

  public static EkeyCertificate of(
      String serial,
      Long ekeyId,
      Long filingId,
      String fingerprint,
      String subjectDn,
      LocalDateTime notBefore,
      LocalDateTime notAfter,
      String pem) {
    var c = new EkeyCertificate();
    c.serial = serial;
    c.ekeyId = ekeyId;
    c.filingId = filingId;
    c.fingerprint = fingerprint;
    c.subjectDn = subjectDn.length() > 500 ? subjectDn.substring(0, 500) : subjectDn;
    c.notBefore = notBefore;
    c.notAfter = notAfter;
    c.pem = pem;
    return c;
  }

  /** Revokes it (once: a second revocation keeps the first date and reason). */
  public boolean revoke(int reason, LocalDateTime now) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = now;
    revocationReason = reason;
    return true;
  }

  public String getSerial() {
    return serial;
  }

  public Long getEkeyId() {
    return ekeyId;
  }

  public Long getFilingId() {
    return filingId;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public String getSubjectDn() {
    return subjectDn;
  }

  public LocalDateTime getNotBefore() {
    return notBefore;
  }

  public LocalDateTime getNotAfter() {
    return notAfter;
  }

  public String getPem() {
    return pem;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }

  public Integer getRevocationReason() {
    return revocationReason;
  }
}
