package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.List;

/**
 * The result of checking one input: what it normalised to, the outcome, and every problem found.
 */
public record Verdict(
    IdentifierKind kind, String input, String normalised, Outcome outcome, List<Problem> problems) {

  static Verdict of(IdentifierKind kind, String input, String normalised, List<Problem> problems) {
    Outcome outcome = Outcome.VALID;
    for (Problem p : problems) {
      if (p.severity() == Problem.Severity.ERROR) {
        outcome = Outcome.INVALID;
        break;
      }
      if (p.severity() == Problem.Severity.REVIEW) {
        outcome = Outcome.REVIEW;
      }
    }
    return new Verdict(kind, input, normalised, outcome, List.copyOf(problems));
  }

  public boolean isValid() {
    return outcome == Outcome.VALID;
  }
}
