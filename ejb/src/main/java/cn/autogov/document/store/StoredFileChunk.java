package cn.autogov.document.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One piece (at most {@link FileStore#CHUNK} bytes) of a stored file's content. Files are kept in
 * the database in pieces so that a cluster needs no shared folder, an upload is in the same
 * transaction as the record it belongs to, and neither writing nor reading ever holds a whole file
 * in memory.
 */
@Entity
@Table(name = "stored_file_chunk")
@IdClass(StoredFileChunk.Key.class)
public class StoredFileChunk {

  @Id
  @Column(name = "file_id", updatable = false)
  private long fileId;

  @Id
  @Column(name = "n", updatable = false)
  private int n;

  @Column(nullable = false, updatable = false)
  private byte[] bytes;

  protected StoredFileChunk() {}

  StoredFileChunk(long fileId, int n, byte[] bytes) {
    this.fileId = fileId;
    this.n = n;
    this.bytes = bytes;
  }

  byte[] getBytes() {
    return bytes;
  }

  /** The composite key: file and piece number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    long fileId;
    int n;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.fileId == fileId && k.n == n;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(fileId) * 31 + n;
    }
  }
}
