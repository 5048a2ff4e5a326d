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

/** A file in one slot of a filing's checklist; a new upload to the slot replaces it. */
@Entity
@Table(name = "filing_material")
@NamedQuery(
    name = "FilingMaterial.ofFiling",
    query = "SELECT m FROM FilingMaterial m WHERE m.filingId = :filing ORDER BY m.id")
public class FilingMaterial {

  @Id
  @SequenceGenerator(
      name = "filing_material_seq",
      sequenceName = "filing_material_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_material_seq")
  private Long id;

  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Column(nullable = false, updatable = false, length = 40)
  private String slot;

  @Column(name = "file_id", nullable = false)
  private Long fileId;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  protected FilingMaterial() {}

  public static FilingMaterial of(
      Long filingId, String slot, Long fileId, String by, LocalDateTime at) {
    var m = new FilingMaterial();
    m.filingId = filingId;
    m.slot = slot;
    m.fileId = fileId;
    m.uploadedBy = by;
    m.uploadedAt = at;
    return m;
  }

  /** A new file in the same slot. */
  public void replace(Long newFileId, String by, LocalDateTime at) {
    fileId = newFileId;
    uploadedBy = by;
    uploadedAt = at;
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
}
