package cn.autogov.document.inspection;

import cn.autogov.kernel.Problem;
import java.util.List;

/**
 * The verdict on one uploaded file: what it really is and every rule it breaks (none: accepted).
 */
public record Inspection(FileKind kind, long bytes, List<Problem> problems) {

  public boolean accepted() {
    return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
  }
}
