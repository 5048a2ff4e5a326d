package cn.autogov.usedcar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A committed import of sales: which file (by its SHA-256), how many rows, who, when. */
@Entity
@Table(name = "uc_sale_import")
public class SaleImport {

  @Id
  @SequenceGenerator(
      name = "uc_sale_import_seq",
      sequenceName = "uc_sale_import_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uc_sale_import_seq")
  private Long id;

  @Column(name = "enterprise_id", nullable = false)
  private Long enterpriseId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "file_sha256", nullable = false, length = 64)
  private String fileSha256;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(name = "rows_recorded", nullable = false)
  private int rowsRecorded;

  @Column(name = "rows_already", nullable = false)
  private int rowsAlready;

  @Column(name = "imported_at", nullable = false)
  private LocalDateTime importedAt;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  protected SaleImport() {}

  public SaleImport(
      Long enterpriseId,
      String fileName,
      String fileSha256,
      int rowsRead,
      int rowsAlready,
      String by,
      LocalDateTime now) {
    this.enterpriseId = enterpriseId;
    this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    this.fileSha256 = fileSha256;
    this.rowsRead = rowsRead;
    this.rowsAlready = rowsAlready;
    this.importedBy = by;
    this.importedAt = now;
  }

  /** How many rows the commit added. */
  public void recorded(int rows) {
    this.rowsRecorded = rows;
  }

  public Long getId() {
    return id;
  }
}
