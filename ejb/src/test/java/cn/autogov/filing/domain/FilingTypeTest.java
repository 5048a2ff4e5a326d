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

  /**
   * Seed 004: the issuing authority 核验 in 2 working days, then the provider 复核 in 5, each in its
   * words.
   */
  private static final FilingType EKEY =
      FilingType.define("ekey-first")
          .stage("authority-check", Role.ISSUING_AUTHORITY, true, 2)
          .worded()
          .stage("provider-recheck", Role.EKEY_PROVIDER, false, 5)
          .worded()
          .then("made", Role.EKEY_PROVIDER, 5)
          .then("shipped", Role.EKEY_PROVIDER, 2, "trackingNumber")
          .build();

  @Test
  void shouldTellTwoOrganisationsOutcomesInTheirOwnWords() {
    assertEquals("filingStatus.SUBMITTED", EKEY.statusKey(FilingStatus.SUBMITTED, 0));
    assertEquals("stage.authority-check.passed", EKEY.statusKey(FilingStatus.SUBMITTED, 1));
    assertEquals("stage.authority-check.failed", EKEY.statusKey(FilingStatus.REJECTED, 0));
    assertEquals("stage.provider-recheck.failed", EKEY.statusKey(FilingStatus.REJECTED, 1));
    assertEquals("stage.provider-recheck.passed", EKEY.statusKey(FilingStatus.APPROVED, 1));
    assertEquals("filingStatus.RETURNED", EKEY.statusKey(FilingStatus.RETURNED, 1));
    assertEquals(2, EKEY.stage(0).slaWorkingDays());
    assertTrue(EKEY.stage(0).regional() && EKEY.stage(1).worded());
    assertEquals("filingStatus.APPROVED", CHANGE.statusKey(FilingStatus.APPROVED, 0), "not worded");
    assertTrue(EKEY.reviewedBy(Role.EKEY_PROVIDER));
    assertEquals("shipped", EKEY.fulfilmentAfter(1).code());
    assertNull(EKEY.fulfilmentAfter(2), "all done");
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

  @Test
  void shouldLetAnAccountFileItsOwnAffairsOnlyWithoutDivisionIntakeOrChange() {
    FilingType own =
        FilingType.define("real-name")
            .filedByAccounts(Role.REGISTERED, Role.AGENT)
            .stage("admin-review", Role.CERTIFICATION_CENTRE, false, 3)
            .build();
    assertTrue(own.filedByAccount());
    assertFalse(CHANGE.filedByAccount(), "an enterprise files by default");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FilingType.define("regional")
                .filedByAccounts(Role.REGISTERED)
                .stage("review", Role.COMMERCE_AUTHORITY, true, 5)
                .build(),
        "an account has no division for a regional stage");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FilingType.define("paper")
                .filedByAccounts(Role.REGISTERED)
                .stage("review", Role.CERTIFICATION_CENTRE, false, 5)
                .intakeBy(Role.CERTIFICATION_CENTRE)
                .build());
  }
}
