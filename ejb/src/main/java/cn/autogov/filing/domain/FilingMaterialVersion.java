package cn.autogov.filing.domain;

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
 * An earlier file of a material slot, replaced by a new upload or removed: kept (never changed), so
 * what a reviewer saw before a resubmission can still be read.
 */
@Entity
@Table(name = "filing_material_version")
@NamedQuery(
    name = "FilingMaterialVersion.ofFiling",
    query = "SELECT v FROM FilingMaterialVersion v WHERE v.filingId = :filing ORDER BY v.id")
public class FilingMaterialVersion {

  @Id
  @SequenceGenerator(
      name = "filing_material_version_seq",
      sequenceName = "filing_material_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_material_version_seq")
  private Long id;

  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Column(nullable = false, updatable = false, length = 40)
  private String slot;

  @Column(name = "file_id", nullable = false, updatable = false)
  private Long fileId;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private LocalDateTime uploadedAt;

  @Column(name = "replaced_at", nullable = false, updatable = false)
  private LocalDateTime replacedAt;

  protected FilingMaterialVersion() {}

  /** What {@code m} held until {@code now}. */
  public static FilingMaterialVersion of(FilingMaterial m, LocalDateTime now) {
    var v = new FilingMaterialVersion();
    v.filingId = m.getFilingId();
    v.slot = m.getSlot();
    v.fileId = m.getFileId();
    v.uploadedBy = m.getUploadedBy();
    v.uploadedAt = m.getUploadedAt();
    v.replacedAt = now;
    return v;
  }

  public Long getId() {
    return id;
  }

  public Long getFilingId() {
    return filingId;
  }

  public String getSlot() {
    return slot;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }

  public LocalDateTime getReplacedAt() {
    return replacedAt;
  }
}
