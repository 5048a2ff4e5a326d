package cn.autogov.coc.domain;

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
 * A certificate the reviewer leaves out of a 合格证电子信息批量变更 before approving the rest (part approval),
 * with the reason the enterprise reads.
 */
@Entity
@Table(name = "coc_batch_exclusion")
@NamedQuery(
    name = "BatchExclusion.ofFiling",
    query = "SELECT x FROM BatchExclusion x WHERE x.filingId = :filingId ORDER BY x.id")
public class BatchExclusion {

  /** The longest reason. */
  public static final int REASON_MAX = 200;

  @Id
  @SequenceGenerator(
      name = "coc_batch_exclusion_seq",
      sequenceName = "coc_batch_exclusion_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coc_batch_exclusion_seq")
  private Long id;

  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Column(name = "certificate_number", length = 14, nullable = false, updatable = false)
  private String certificateNumber;

  @Column(name = "reason", length = REASON_MAX, nullable = false)
  private String reason;

  @Column(name = "excluded_by", length = 64, nullable = false)
  private String excludedBy;

  @Column(name = "excluded_at", nullable = false)
  private LocalDateTime excludedAt;

  protected BatchExclusion() {}

  public static BatchExclusion of(
      Long filingId, String certificateNumber, String reason, String by, LocalDateTime at) {
    var x = new BatchExclusion();
    x.filingId = filingId;
    x.certificateNumber = certificateNumber;
    x.reason = reason;
    x.excludedBy = by;
    x.excludedAt = at;
    return x;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public String getReason() {
    return reason;
  }

  public String getExcludedBy() {
    return excludedBy;
  }

  public LocalDateTime getExcludedAt() {
    return excludedAt;
  }
}
