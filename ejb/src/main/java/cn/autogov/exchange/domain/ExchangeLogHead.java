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

  /** The head of an empty log (the database's row says the same: V11). */
  public ExchangeLogHead() {
    this.id = ID;
    this.lastHash = AuditEntry.GENESIS;
  }

  public ExchangeMessage append(ExchangeMessage.Call call, LocalDateTime now) {
    ExchangeMessage m = ExchangeMessage.append(lastSeq, lastHash, call, now);
    lastSeq = m.getSeq();
    lastHash = m.getHash();
    return m;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
