package cn.autogov.audit.domain;

import java.io.Serializable;

/**
 * Walks the chain in sequence order and says where it first breaks: a missing number (deleted), a
 * hash that does not match its content (edited), a link to the wrong predecessor, or an end that is
 * not where the head says (the last entries deleted).
 */
public final class ChainCheck {

  /** The outcome: how many entries were checked, and the first break (seq 0 and null: none). */
  public record Result(long checked, long brokenAt, String problem) implements Serializable {
    public boolean intact() {
      return problem == null;
    }
  }

  private long expectedSeq;
  private String expectedPrev;
  private long checked;
  private long brokenAt;
  private String problem;

  /** A check of the whole chain from its first entry. */
  public ChainCheck() {
    this(1, AuditEntry.GENESIS);
  }

  /**
   * A check from {@code firstSeq}, whose predecessor had {@code firstPrevHash}: what retention left
   * (the entries before were removed when they were older than the retention period).
   */
  public ChainCheck(long firstSeq, String firstPrevHash) {
    this.expectedSeq = firstSeq;
    this.expectedPrev = firstPrevHash;
  }

  /** Feeds the next entry (in sequence order); false once the chain is broken. */
  public boolean next(Chained e) {
    if (problem != null) {
      return false;
    }
    checked++;
    if (e.getSeq() != expectedSeq) {
      return broken(expectedSeq, "missing");
    }
    if (!e.getPrevHash().equals(expectedPrev)) {
      return broken(e.getSeq(), "unlinked");
    }
    if (!e.getHash().equals(e.computeHash())) {
      return broken(e.getSeq(), "altered");
    }
    expectedSeq = e.getSeq() + 1;
    expectedPrev = e.getHash();
    return true;
  }

  /** The result, given the head's last number and hash. */
  public Result end(long headSeq, String headHash) {
    if (problem == null && (headSeq != expectedSeq - 1 || !headHash.equals(expectedPrev))) {
      broken(expectedSeq, "missing");
    }
    return new Result(checked, brokenAt, problem);
  }

  private boolean broken(long seq, String what) {
    brokenAt = seq;
    problem = what;
    return false;
  }
}
