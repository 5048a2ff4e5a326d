package cn.autogov.kernel.identifier;

import java.io.Serializable;

/**
 * A checked identifier value: construction checks it once (strictly, as stored), so holders of an
 * instance need not check again. {@code parse} on each type normalises typed input first; {@code
 * reviewed} accepts a value that a reviewer confirmed although its rules ask for review.
 */
public abstract class Identifier implements Serializable {

  private static final long serialVersionUID = 1L;
  private final String value;

  protected Identifier(IdentifierKind kind, String value, boolean reviewed) {
    Verdict verdict = kind.checkStrict(value);
    boolean accepted =
        verdict.outcome() == Outcome.VALID || reviewed && verdict.outcome() == Outcome.REVIEW;
    if (!accepted) {
      throw new InvalidIdentifierException(verdict);
    }
    this.value = value;
  }

  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((Identifier) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
