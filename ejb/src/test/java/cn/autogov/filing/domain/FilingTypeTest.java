package cn.autogov.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import cn.autogov.document.inspection.UploadRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilingTypeTest {

  /** Seed 000 §二: 公告企业 need three stamped copies, 非公告企业 one. */
  private static final FilingType CHANGE =
      FilingType.define("coc-enterprise-change")
          .numbered("CEC")
          .materials(
              FilingType.ANY, MaterialSlot.required("changedLicence", UploadRules.REAL_NAME_SCAN))
          .materials(
              "BULLETIN",
              MaterialSlot.required("bulletinFront", UploadRules.REAL_NAME_SCAN),
              MaterialSlot.required("bulletinChangePage", UploadRules.REAL_NAME_SCAN))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  private static List<String> codes(List<MaterialSlot> slots) {
    return slots.stream().map(MaterialSlot::code).toList();
  }

  @Test
  void shouldGiveEachApplicantCategoryItsOwnChecklist() {
    assertEquals(
        List.of("changedLicence", "bulletinFront", "bulletinChangePage"),
        codes(CHANGE.checklist("BULLETIN")));
    assertEquals(List.of("changedLicence"), codes(CHANGE.checklist("NON_BULLETIN")));
    assertEquals(List.of("changedLicence"), codes(CHANGE.checklist(null)), "before a category");
    assertNull(CHANGE.slot("NON_BULLETIN", "bulletinFront"), "not a slot of that category");
    assertEquals(UploadRules.REAL_NAME_SCAN, CHANGE.slot("BULLETIN", "bulletinFront").rule());
  }

  @Test
  void shouldKnowWhoReviewsIt() {
    assertTrue(CHANGE.reviewedBy(Role.CERTIFICATION_CENTRE));
    assertFalse(CHANGE.reviewedBy(Role.COMMERCE_AUTHORITY));
    assertFalse(CHANGE.isChange());
    assertFalse(CHANGE.fourEyes());
  }

  @Test
  void shouldRefuseATypeWithoutAReviewStage() {
    assertThrows(
        IllegalArgumentException.class, () -> FilingType.define("nothing").numbered("NO").build());
  }
}
