package cn.autogov.coc.application;

import cn.autogov.coc.domain.FrontStyle;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingNote;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register of certificate front styles (合格证正面样式, seed 000 §三/§四), in the caller's transaction:
 * a new style's code (its sample image's name) not registered yet; a change replacing one of the
 * enterprise's styles still in use; approval registering the style and ending the one it replaces
 * the day before the switch-over; the reviewer told of a sample far from 150 KB.
 */
@Dependent
public class FrontStyles {

  /** The material slot of the sample image. */
  static final String SAMPLE = "frontSample";

  /** The sample size the seed asks for ("150k左右"): outside it the reviewer is told. */
  static final long NEAR_MIN_KIB = 100;

  static final long NEAR_MAX_KIB = 200;

  @PersistenceContext EntityManager em;

  /** The sample image's file name, if uploaded. */
  static Optional<String> sampleName(List<FilingDetail.Material> materials) {
    return materials.stream()
        .filter(m -> SAMPLE.equals(m.slot()) && m.isPresent())
        .map(FilingDetail.Material::fileName)
        .findFirst();
  }

  Optional<FrontStyle> byCode(String code) {
    return em.createNamedQuery("FrontStyle.byCode", FrontStyle.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The new style's code is nobody's yet (problems under the sample's slot). */
  void checkNew(List<FilingDetail.Material> materials, Checks checks) {
    sampleName(materials)
        .map(FrontStyle::codeOf)
        .filter(code -> byCode(code).isPresent())
        .ifPresent(code -> checks.add(SAMPLE, "coc.style-code-taken", "code", code));
  }

  /**
   * The replaced style is the enterprise's and not replaced yet; the switch-over after its start.
   */
  void checkReplaced(Long enterpriseId, String replaced, LocalDate switchOver, Checks checks) {
    if (replaced == null) {
      return;
    }
    FrontStyle old =
        byCode(replaced).filter(s -> s.getEnterpriseId().equals(enterpriseId)).orElse(null);
    if (old == null) {
      checks.add("replacedStyle", "coc.style-unknown", "code", replaced);
    } else if (!old.replaceable()) {
      checks.add(
          "replacedStyle", "coc.style-replaced", "code", replaced, "by", old.getReplacedBy());
    } else if (switchOver != null && !switchOver.isAfter(old.getValidFrom())) {
      checks.add(
          "switchOverDate",
          "coc.switch-over-before-start",
          "code",
          replaced,
          "from",
          old.getValidFrom());
    }
  }

  /** Registers the approved style from {@code from}; ends the one it replaces (if any). */
  void register(
      Long enterpriseId,
      List<FilingDetail.Material> materials,
      Long filingId,
      String filingNumber,
      String scope,
      LocalDate from,
      String replaced) {
    String code = FrontStyle.codeOf(sampleName(materials).orElseThrow());
    if (replaced != null) {
      byCode(replaced).orElseThrow().replacedBy(code, from);
    }
    em.persist(FrontStyle.registered(enterpriseId, code, filingId, filingNumber, scope, from));
  }

  /**
   * A sample outside 100–200 KB: a warning the reviewer sees (over 300 KB is refused on upload).
   */
  static List<FilingNote> sizeNotes(List<FilingDetail.Material> materials) {
    return materials.stream()
        .filter(m -> SAMPLE.equals(m.slot()) && m.isPresent())
        .filter(m -> m.sizeBytes() < NEAR_MIN_KIB * 1024 || m.sizeBytes() > NEAR_MAX_KIB * 1024)
        .map(
            m ->
                FilingNote.of(
                    true,
                    "coc.sample-size",
                    Map.of(
                        "name",
                        m.fileName(),
                        "size",
                        (m.sizeBytes() + 1023) / 1024,
                        "min",
                        NEAR_MIN_KIB,
                        "max",
                        NEAR_MAX_KIB)))
        .toList();
  }
}
