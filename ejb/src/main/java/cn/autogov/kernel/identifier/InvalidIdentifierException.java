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

  /** The same problems as field problems of a form's {@code field}. */
  public cn.autogov.kernel.InputRejectedException onField(String field) {
    return new cn.autogov.kernel.InputRejectedException(
        verdict.problems().stream()
            .map(p -> new cn.autogov.kernel.InputRejectedException.FieldProblem(field, p))
            .toList());
  }

  public Verdict verdict() {
    return verdict;
  }
}
