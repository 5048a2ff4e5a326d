package cn.autogov.document.store;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An uploaded file that passed the upload inspector, owned by the account that uploaded it. Who
 * else may read it is decided by the business record that refers to it.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  @Id
  @SequenceGenerator(
      name = "stored_file_seq",
      sequenceName = "stored_file_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
  private Long id;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private Long ownerId;

  @Column(nullable = false, length = 40, updatable = false)
  private String rule;

  @Column(name = "file_name", nullable = false, length = 200, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  /** Files stored before the content moved to {@link StoredFileChunk}s; null for newer ones. */
  @Basic(fetch = FetchType.LAZY)
  @Column(updatable = false)
  private byte[] content;

  @Column(nullable = false, updatable = false)
  private int chunks;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  protected StoredFile() {}

  static StoredFile of(
      Long ownerId,
      String rule,
      String fileName,
      String contentType,
      long size,
      String sha256,
      int chunks,
      LocalDateTime now) {
    var f = new StoredFile();
    f.ownerId = ownerId;
    f.rule = rule;
    f.fileName = fileName;
    f.contentType = contentType;
    f.sizeBytes = size;
    f.sha256 = sha256;
    f.chunks = chunks;
    f.createdAt = now;
    return f;
  }

  public Long getId() {
    return id;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  void hashed(String sha256) {
    this.sha256 = sha256;
  }

  /** The content of a file stored before chunking, or null. */
  byte[] legacyContent() {
    return content;
  }

  int getChunks() {
    return chunks;
  }

  public java.time.LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
