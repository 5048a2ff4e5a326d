package cn.autogov.audit.domain;

import cn.autogov.kernel.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the audit trail, never changed after it is written. Its hash covers its own content
 * and the previous entry's hash, so an edited entry no longer matches its hash, and a deleted one
 * leaves a gap in the sequence and a chain that no longer links.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Chained {

  public static final String GENESIS = "0".repeat(64);

  @Id
  @Column(updatable = false)
  private long seq;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "acting_for", updatable = false)
  private Long actingFor;

  @Column(nullable = false, updatable = false, length = 60)
  private String action;

  @Column(updatable = false, length = 100)
  private String subject;

  @Column(updatable = false, length = 64)
  private String origin;

  @Column(name = "before_value", updatable = false, length = 2000)
  private String before;

  @Column(name = "after_value", updatable = false, length = 2000)
  private String after;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  /** The entry after the one with {@code prevSeq} and {@code prevHash}. */
  public static AuditEntry append(long prevSeq, String prevHash, AuditEvent e, LocalDateTime now) {
    var a = new AuditEntry();
    a.seq = prevSeq + 1;
    a.recordedAt = now.truncatedTo(ChronoUnit.MILLIS); // what every database keeps
    a.actor = cut(e.actor() == null ? "system" : e.actor(), 64);
    a.actingFor = e.actingFor();
    a.action = cut(e.action(), 60);
    a.subject = cut(e.subject(), 100);
    a.origin = cut(e.origin(), 64);
    a.before = cut(e.before(), 2000);
    a.after = cut(e.after(), 2000);
    a.prevHash = prevHash;
    a.hash = a.computeHash();
    return a;
  }

  /** The hash this entry's content and link must have. */
  public String computeHash() {
    String content =
        String.join(
            "\u001f",
            Long.toString(seq),
            recordedAt.toString(),
            actor,
            String.valueOf(actingFor),
            action,
            String.valueOf(subject),
            String.valueOf(origin),
            String.valueOf(before),
            String.valueOf(after),
            prevHash);
    return Sha256.hex(content);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public long getSeq() {
    return seq;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getActor() {
    return actor;
  }

  public Long getActingFor() {
    return actingFor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getOrigin() {
    return origin;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
