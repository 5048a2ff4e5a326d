package cn.autogov.exchange.domain;

import cn.autogov.audit.domain.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The end of the message log's chain: locked by every append, so numbers have no gaps. */
@Entity
@Table(name = "exchange_log_head")
public class ExchangeLogHead {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  /** The first message kept (retention removed those before, up to a seal). */
  @Column(name = "first_seq", nullable = false)
  private long firstSeq = 1;

  /** The hash the first kept message links to: the one the seal before it signed. */
  @Column(name = "first_prev_hash", nullable = false, length = 64)
  private String firstPrevHash = AuditEntry.GENESIS;

  /** The head of an empty log (the database's row says the same: V11). */
  public ExchangeLogHead() {
    this.id = ID;
    this.lastHash = AuditEntry.GENESIS;
  }

  public ExchangeMessage append(LoggedCall call, LocalDateTime now) {
    ExchangeMessage m = ExchangeMessage.append(lastSeq, lastHash, call, now);
    lastSeq = m.getSeq();
    lastHash = m.getHash();
    return m;
  }

  /**
   * Retention: the chain now starts after the message {@code seal} covers; the messages up to it
   * may go, and the rest verifies from the seal's signed hash.
   */
  public void startAfter(ExchangeSeal seal) {
    if (seal.getSeq() < firstSeq || seal.getSeq() > lastSeq) {
      throw new IllegalArgumentException("seal " + seal.getSeq() + " is outside the kept chain");
    }
    firstSeq = seal.getSeq() + 1;
    firstPrevHash = seal.getHash();
  }

  public long getFirstSeq() {
    return firstSeq;
  }

  public String getFirstPrevHash() {
    return firstPrevHash;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
