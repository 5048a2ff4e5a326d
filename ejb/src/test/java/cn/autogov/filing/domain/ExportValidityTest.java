package cn.autogov.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.RefusedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's validity: one year counted from the day of approval; an approved change keeps it; a
 * new approved filing replaces the old one, and a change of the old one still in review with it.
 */
class ExportValidityTest {

  private static final ValidityPolicy YEAR = ValidityPolicy.of(Period.ofYears(1));
  private static final FilingType EXPORT = FilingTest.EXPORT;

  @Test
  void shouldLastAYearFromTheDayOfApprovalLeapDaysIncluded() {
    assertEquals(LocalDate.of(2027, 11, 22), YEAR.validUntil(LocalDate.of(2026, 11, 23)));
    assertEquals(LocalDate.of(2027, 12, 31), YEAR.validUntil(LocalDate.of(2027, 1, 1)));
    // approved on a leap day: valid a full year, to 28 February (29 Feb has its anniversary on 1
    // Mar)
    assertEquals(LocalDate.of(2029, 2, 28), YEAR.validUntil(LocalDate.of(2028, 2, 29)));
    // a year that holds 29 February is a day longer
    assertEquals(LocalDate.of(2028, 2, 29), YEAR.validUntil(LocalDate.of(2027, 3, 1)));
    assertEquals(LocalDate.of(2028, 2, 27), YEAR.validUntil(LocalDate.of(2027, 2, 28)));
    assertEquals(null, ValidityPolicy.NONE.validUntil(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void shouldKeepTheExpiryWhenAChangeIsApprovedOnTheLastValidDay() {
    Filing filing = approved("EX-2028-000001", LocalDateTime.of(2028, 2, 29, 10, 0));
    assertEquals(LocalDate.of(2029, 2, 28), filing.getValidUntil());
    LocalDateTime lastDay = LocalDateTime.of(2029, 2, 28, 16, 0);
    Filing change = Filing.changeOf(EXPORT, filing, "EXC-2029-000001", "zhang", lastDay);
    change.save(true, "zhang", lastDay);
    change.submit(EXPORT, lastDay.toLocalDate(), "zhang", lastDay);
    assertTrue(filing.isInForce(), "still valid on its last day: the change may apply");
    change.decide(EXPORT, Decision.APPROVE, "reviewer", null, null, lastDay);
    change.keepValidityOf(filing);
    assertEquals(LocalDate.of(2029, 2, 28), change.getValidUntil(), "the expiry stays");
    assertFalse(filing.expireIfDue(lastDay.toLocalDate(), lastDay));
    assertTrue(
        filing.expireIfDue(LocalDate.of(2029, 3, 1), lastDay.plusHours(9)), "失效 the day after");
    assertFalse(filing.isInForce(), "a change can no longer apply to it");
  }

  @Test
  void shouldLetANewFilingReplaceTheOldOneAndItsPendingChange() {
    LocalDateTime t = LocalDateTime.of(2026, 11, 23, 9, 0);
    Filing old = approved("EX-2026-000001", t);
    Filing change = Filing.changeOf(EXPORT, old, "EXC-2027-000001", "zhang", t.plusMonths(6));
    change.save(true, "zhang", t.plusMonths(6));
    change.submit(EXPORT, t.plusMonths(6).toLocalDate().plusDays(7), "zhang", t.plusMonths(6));
    // a new filing is approved while the change waits: validity restarts from the new approval
    LocalDateTime later = t.plusMonths(7);
    Filing renewed = approved("EX-2027-000001", later);
    assertEquals(later.toLocalDate().plusYears(1).minusDays(1), renewed.getValidUntil());
    old.invalidate("system", renewed.getNumber(), later);
    change.lapse(renewed.getNumber(), later);
    assertEquals(FilingStatus.INVALIDATED, old.getStatus());
    assertEquals(
        FilingStatus.INVALIDATED, change.getStatus(), "the change has nothing to apply to");
    assertEquals(null, change.getReview().getQueueRole(), "and leaves the reviewers' queue");
    assertEquals(
        "filing.not-invalidatable",
        assertThrows(RefusedException.class, () -> renewed.lapse("x", later)).key(),
        "only what is still pending lapses");
  }

  @Test
  void shouldRemindThirtyAndSevenDaysBeforeTheEndEachOnce() {
    Filing f = approved("EX-2026-000009", LocalDateTime.of(2026, 11, 23, 9, 0));
    LocalDate end = f.getValidUntil();
    assertEquals(null, f.expiryReminderDue(end.minusDays(31)));
    assertEquals(30, f.expiryReminderDue(end.minusDays(30)));
    f.expiryReminded(30);
    assertEquals(null, f.expiryReminderDue(end.minusDays(29)), "not twice");
    assertEquals(7, f.expiryReminderDue(end.minusDays(5)), "a missed day is caught up");
    f.expiryReminded(7);
    assertEquals(null, f.expiryReminderDue(end));
    Filing late = approved("EX-2026-000010", LocalDateTime.of(2026, 11, 23, 9, 0));
    assertEquals(
        7, late.expiryReminderDue(end.minusDays(3)), "only the nearer one when both are due");
    assertEquals(null, late.expiryReminderDue(end.plusDays(1)), "over");
  }

  private static Filing approved(String number, LocalDateTime at) {
    Filing f = Filing.draft(EXPORT, number, 10L, "zhang", at);
    f.save(true, "zhang", at);
    f.submit(EXPORT, at.toLocalDate().plusDays(7), "zhang", at);
    f.decide(EXPORT, Decision.APPROVE, "reviewer", null, null, at);
    return f;
  }
}
