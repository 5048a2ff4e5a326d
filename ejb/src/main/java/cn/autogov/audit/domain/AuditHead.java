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

  @Column(name = "first_seq", nullable = false)
  private long firstSeq;

  @Column(name = "first_prev_hash", nullable = false, length = 64)
  private String firstPrevHash;

  protected AuditHead() {}

  /**
   * Retention removed the entries before {@code first}: the chain now starts there, linked to what
   * {@code first} says its predecessor's hash was.
   */
  public void startAt(AuditEntry first) {
    if (first.getSeq() <= firstSeq || first.getSeq() > lastSeq) {
      throw new IllegalArgumentException("cannot start the chain at " + first.getSeq());
    }
    firstSeq = first.getSeq();
    firstPrevHash = first.getPrevHash();
  }

  /** A check that starts where the kept chain starts. */
  public ChainCheck check() {
    return new ChainCheck(firstSeq, firstPrevHash);
  }

  public long getFirstSeq() {
    return firstSeq;
  }

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
