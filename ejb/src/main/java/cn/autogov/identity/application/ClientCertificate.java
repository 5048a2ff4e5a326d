package cn.autogov.identity.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An X.509 certificate (an e-key's) bound to an account, known by its SHA-256 fingerprint. The
 * e-key business binds certificates when it issues keys and revokes them at 注销.
 */
@Entity
@Table(name = "client_certificate")
@NamedQuery(
    name = "ClientCertificate.validOfAccount",
    query =
        "SELECT COUNT(c) FROM ClientCertificate c WHERE c.accountId = :account"
            + " AND c.revokedAt IS NULL AND c.notBefore <= :now AND c.notAfter >= :now")
@NamedQuery(
    name = "ClientCertificate.byFingerprint",
    query = "SELECT c FROM ClientCertificate c WHERE c.fingerprint = :fingerprint")
public class ClientCertificate {

  @Id
  @SequenceGenerator(
      name = "client_certificate_seq",
      sequenceName = "client_certificate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_certificate_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(nullable = false, updatable = false, length = 64)
  private String fingerprint;

  @Column(name = "subject_dn", nullable = false, updatable = false, length = 500)
  private String subjectDn;

  @Column(nullable = false, updatable = false, length = 80)
  private String serial;

  @Column(name = "not_before", nullable = false, updatable = false)
  private LocalDateTime notBefore;

  @Column(name = "not_after", nullable = false, updatable = false)
  private LocalDateTime notAfter;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  protected ClientCertificate() {}

  public static ClientCertificate bind(
      Long accountId,
      String fingerprint,
      String subjectDn,
      String serial,
      LocalDateTime notBefore,
      LocalDateTime notAfter) {
    var c = new ClientCertificate();
    c.accountId = accountId;
    c.fingerprint = fingerprint;
    c.subjectDn = subjectDn.length() > 500 ? subjectDn.substring(0, 500) : subjectDn;
    c.serial = serial;
    c.notBefore = notBefore;
    c.notAfter = notAfter;
    return c;
  }

  /** The binding of an X.509 certificate to an account, its dates in the business time zone. */
  public static ClientCertificate of(Long accountId, java.security.cert.X509Certificate c) {
    var zone = cn.autogov.kernel.BusinessTime.zone();
    return bind(
        accountId,
        ClientCertificates.fingerprint(c),
        c.getSubjectX500Principal().getName(),
        c.getSerialNumber().toString(16),
        LocalDateTime.ofInstant(c.getNotBefore().toInstant(), zone),
        LocalDateTime.ofInstant(c.getNotAfter().toInstant(), zone));
  }

  boolean validAt(LocalDateTime now) {
    return revokedAt == null && !now.isBefore(notBefore) && !now.isAfter(notAfter);
  }

  void revoke(LocalDateTime now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getFingerprint() {
    return fingerprint;
  }
}
