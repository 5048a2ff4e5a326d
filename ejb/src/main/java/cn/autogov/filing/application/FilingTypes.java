package cn.autogov.filing.application;

import cn.autogov.access.Role;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every business definition deployed, by type code; the engine's one place to look them up. */
@ApplicationScoped
public class FilingTypes {

  @Inject @Any Instance<FilingDefinition> found;

  @Inject @Any Instance<FilingDefinitions> catalogues;

  private final Map<String, FilingDefinition> byCode = new LinkedHashMap<>();

  @PostConstruct
  void collect() {
    java.util.stream.Stream.concat(
            found.stream(), catalogues.stream().flatMap(c -> c.definitions().stream()))
        .sorted(java.util.Comparator.comparing(d -> d.type().code()))
        .forEach(
            d -> {
              if (byCode.put(d.type().code(), d) != null) {
                throw new IllegalStateException("two definitions of " + d.type().code());
              }
            });
  }

  /** The definition of a code; refused (not found) for an unknown one. */
  public FilingDefinition of(String code) {
    FilingDefinition d = code == null ? null : byCode.get(code);
    if (d == null) {
      throw new RefusedException("filing.unknown-type", "type", String.valueOf(code));
    }
    return d;
  }

  public List<FilingDefinition> all() {
    return List.copyOf(byCode.values());
  }

  /** The change type of an approved filing's type, or null when it cannot be changed. */
  public FilingDefinition changeOf(String typeCode) {
    return byCode.values().stream()
        .filter(d -> typeCode.equals(d.type().changes()))
        .findFirst()
        .orElse(null);
  }

  /** The types with a stage this role decides. */
  public List<FilingType> reviewedBy(Role role) {
    return byCode.values().stream()
        .map(FilingDefinition::type)
        .filter(t -> t.reviewedBy(role))
        .toList();
  }
}
