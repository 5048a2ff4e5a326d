package cn.autogov.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: locked by every append, so entries get consecutive numbers. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditHead() {}

  /** Appends an event after the current end and moves the end to it. */
  public AuditEntry append(AuditEvent e, java.time.LocalDateTime now) {
    AuditEntry entry = AuditEntry.append(lastSeq, lastHash, e, now);
    lastSeq = entry.getSeq();
    lastHash = entry.getHash();
    return entry;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
