package cn.autogov.kernel;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks rules, every broken rule named with the field it is about; the transaction
 * rolls back, so nothing half-written stays behind. The portal shows each message beside its field
 * and the REST API returns them as a list; both render them with {@link DomainText}.
 */
@ApplicationException(rollback = true)
public class InputRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One broken rule on one field (the field is the name used in forms and JSON alike). */
  public record FieldProblem(String field, Problem problem) implements java.io.Serializable {}

  private final transient List<FieldProblem> problems;

  public InputRejectedException(List<FieldProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.problem().key())
            .reduce((a, b) -> a + ", " + b)
            .orElse("rejected"));
    this.problems = List.copyOf(problems);
  }

  public static InputRejectedException of(String field, String key, Object... params) {
    return new InputRejectedException(List.of(new FieldProblem(field, Problem.error(key, params))));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
