package cn.autogov.filing.application;

import cn.autogov.access.Role;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FormField;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A filing type as clients read it: fields, checklists per applicant category, review route. */
public record TypeView(
    String code,
    String numberPrefix,
    String changes,
    String prerequisite,
    List<FormField> fields,
    Map<String, List<Slot>> materials,
    List<StageView> route,
    boolean secondApprover,
    String validity)
    implements Serializable {

  /** A material slot and the upload rule its files must pass. */
  public record Slot(String code, boolean required, String rule, List<String> kinds, long maxBytes)
      implements Serializable {}

  public record StageView(String code, Role decidingRole, boolean regional, int slaWorkingDays)
      implements Serializable {}

  static TypeView of(FilingType t) {
    Map<String, List<Slot>> materials = new LinkedHashMap<>();
    t.materials()
        .forEach(
            (category, slots) ->
                materials.put(
                    category,
                    slots.stream()
                        .map(
                            s ->
                                new Slot(
                                    s.code(),
                                    s.required(),
                                    s.rule().name(),
                                    s.rule().kinds().stream().map(Enum::name).toList(),
                                    s.rule().maxBytes()))
                        .toList()));
    return new TypeView(
        t.code(),
        t.numberPrefix(),
        t.changes(),
        t.prerequisite(),
        t.fields(),
        materials,
        t.route().stream()
            .map(s -> new StageView(s.code(), s.decidingRole(), s.regional(), s.slaWorkingDays()))
            .toList(),
        t.fourEyes(),
        t.validity().period() == null ? null : t.validity().period().toString());
  }
}
