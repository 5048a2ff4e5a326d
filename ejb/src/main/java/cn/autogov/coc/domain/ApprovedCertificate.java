package cn.autogov.coc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A certificate whose e-data an approved 合格证电子信息批量变更 lets the enterprise correct or revoke: the
 * approved list, downloadable and known to the tax side by certificate number or VIN.
 */
@Entity
@Table(name = "coc_batch_approved")
@NamedQuery(
    name = "ApprovedCertificate.ofFiling",
    query = "SELECT c FROM ApprovedCertificate c WHERE c.filingId = :filingId ORDER BY c.id")
@NamedQuery(
    name = "ApprovedCertificate.find",
    query =
        "SELECT c FROM ApprovedCertificate c WHERE c.certificateNumber = :number OR c.vin = :vin"
            + " ORDER BY c.approvedAt DESC")
public class ApprovedCertificate {

  @Id
  @SequenceGenerator(
      name = "coc_batch_approved_seq",
      sequenceName = "coc_batch_approved_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coc_batch_approved_seq")
  private Long id;

  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Column(name = "filing_number", length = 30, nullable = false, updatable = false)
  private String filingNumber;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "certificate_number", length = 14, nullable = false, updatable = false)
  private String certificateNumber;

  @Column(name = "vin", length = 17, nullable = false, updatable = false)
  private String vin;

  @Column(name = "vehicle_model", length = 50, updatable = false)
  private String vehicleModel;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", length = 10, nullable = false, updatable = false)
  private BatchChangeKind changeKind;

  @Column(name = "approved_at", nullable = false, updatable = false)
  private LocalDateTime approvedAt;

  protected ApprovedCertificate() {}

  public static ApprovedCertificate of(
      Long filingId,
      String filingNumber,
      Long enterpriseId,
      CertificateRow row,
      BatchChangeKind kind,
      LocalDateTime at) {
    var c = new ApprovedCertificate();
    c.filingId = filingId;
    c.filingNumber = filingNumber;
    c.enterpriseId = enterpriseId;
    c.certificateNumber = row.certificateNumber();
    c.vin = row.vin();
    c.vehicleModel = row.vehicleModel();
    c.changeKind = kind;
    c.approvedAt = at;
    return c;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getFilingNumber() {
    return filingNumber;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public String getVin() {
    return vin;
  }

  public String getVehicleModel() {
    return vehicleModel;
  }

  public BatchChangeKind getChangeKind() {
    return changeKind;
  }

  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }
}
