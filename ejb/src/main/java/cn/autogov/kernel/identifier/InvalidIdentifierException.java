package cn.autogov.kernel.identifier;

import jakarta.ejb.ApplicationException;

/** A value that does not pass its identifier's rules; {@link #verdict()} names every problem. */
@ApplicationException(rollback = true)
public class InvalidIdentifierException extends IllegalArgumentException {

  private final transient Verdict verdict;

  public InvalidIdentifierException(Verdict verdict) {
    super(verdict.kind().slug() + " " + verdict.outcome() + ": " + verdict.normalised());
    this.verdict = verdict;
  }

  public Verdict verdict() {
    return verdict;
  }
}
