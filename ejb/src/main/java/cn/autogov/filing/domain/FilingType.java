package cn.autogov.filing.domain;

import java.util.List;

/**
 * A business's definition on the engine, written to read like its seed: its code and number prefix
 * (EX → EX-2026-000123), the review route, the validity policy, and whether it changes an approved
 * filing of another type (变更).
 */
public record FilingType(
    String code, String numberPrefix, List<Stage> route, ValidityPolicy validity, String changes) {

  public FilingType {
    if (route.isEmpty()) {
      throw new IllegalArgumentException(code + ": a filing type needs at least one review stage");
    }
    route = List.copyOf(route);
  }

  public boolean isChange() {
    return changes != null;
  }

  public Stage stage(int index) {
    return route.get(index);
  }

  public boolean isLastStage(int index) {
    return index == route.size() - 1;
  }
}
