package cn.autogov.kernel;

import cn.autogov.kernel.InputRejectedException.FieldProblem;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a form before anything is written, so the user sees all of them at
 * once. Field labels live in {@code ValidationMessages} under {@code field.<name>}.
 */
public final class Checks {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** The trimmed value, or null with a "required" problem when it is blank. */
  public String required(String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, Problem.error("input.required")));
      return null;
    }
    return value.strip();
  }

  /** The trimmed value; a problem when it is blank or longer than {@code max} characters. */
  public String text(String field, String value, int max) {
    String v = required(field, value);
    if (v != null && characters(v) > max) {
      problems.add(new FieldProblem(field, Problem.error("input.too-long", "max", max)));
    }
    return v;
  }

  /** A text's length as people count it: characters, not UTF-16 units (𠀀 is one). */
  public static int characters(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Optional text: null when blank, a problem when too long. */
  public String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (characters(v) > max) {
      problems.add(new FieldProblem(field, Problem.error("input.too-long", "max", max)));
    }
    return v;
  }

  public <T> T present(String field, T value) {
    if (value == null) {
      problems.add(new FieldProblem(field, Problem.error("input.required")));
    }
    return value;
  }

  /** The normalised identifier, or null with every problem of its rules (#3) on the field. */
  public String identifier(String field, IdentifierKind kind, String value) {
    return identifier(field, kind, value, false);
  }

  /**
   * As {@link #identifier(String, IdentifierKind, String)}; with {@code reviewAllowed} a value the
   * rules send to manual review (e.g. a pilot-period credit code) passes, as a person checks it.
   */
  public String identifier(String field, IdentifierKind kind, String value, boolean reviewAllowed) {
    if (required(field, value) == null) {
      return null;
    }
    Verdict v = kind.check(value);
    if (reviewAllowed && v.outcome() == cn.autogov.kernel.identifier.Outcome.REVIEW) {
      return v.normalised();
    }
    if (!v.isValid()) {
      v.problems().forEach(p -> problems.add(new FieldProblem(field, p)));
      return null;
    }
    return v.normalised();
  }

  public void add(String field, Problem problem) {
    problems.add(new FieldProblem(field, problem));
  }

  public void add(String field, String key, Object... params) {
    problems.add(new FieldProblem(field, Problem.error(key, params)));
  }

  /** The problems found so far, in order. */
  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public boolean has(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  /** Throws when anything was wrong; the caller's transaction then rolls back. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
  }
}
