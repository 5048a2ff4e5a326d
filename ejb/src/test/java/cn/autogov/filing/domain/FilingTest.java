package cn.autogov.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import cn.autogov.kernel.RefusedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every move of the status machine, allowed and refused. */
class FilingTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 30);
  private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

  /** Seed 001: one stage (commerce authority of the division), one year's validity. */
  static final FilingType EXPORT =
      FilingType.define("export")
          .numbered("EX")
          .stage("review", Role.COMMERCE_AUTHORITY, true, 5)
          .validFor(Period.ofYears(1))
          .build();

  /** Seed 004: 核验 by the issuing authority (2 working days), 复核 by the e-key provider (5). */
  static final FilingType EKEY =
      FilingType.define("ekey-first")
          .numbered("EK")
          .stage("verify", Role.ISSUING_AUTHORITY, true, 2)
          .stage("re-review", Role.EKEY_PROVIDER, false, 5)
          .build();

  private static Filing submitted(FilingType type) {
    Filing f = Filing.draft(type, "EX-2026-000001", 10L, "zhang", NOW);
    f.save(true, "zhang", NOW);
    f.submit(type, DUE, "zhang", NOW);
    return f;
  }

  /** A type whose final approval needs two different reviewers. */
  static final FilingType FOUR_EYES =
      FilingType.define("coc-change")
          .numbered("CEC")
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .secondApprover()
          .build();

  @Test
  void shouldSitInTheQueueOfTheRoleThatDecidesItsCurrentStage() {
    Filing f = submitted(EKEY);
    assertEquals(Role.ISSUING_AUTHORITY, f.getReview().getQueueRole());
    f.decide(EKEY, Decision.APPROVE, "issuer", null, DUE.plusDays(7), NOW);
    assertEquals(Role.EKEY_PROVIDER, f.getReview().getQueueRole());
    assertEquals(DUE.plusDays(7), f.getDueOn(), "the next stage's own SLA");
    f.decide(EKEY, Decision.APPROVE, "provider", null, null, NOW);
    assertEquals(null, f.getReview().getQueueRole(), "out of every queue once decided");
  }

  @Test
  void shouldAssignFromTheQueueOrByTheReviewerWhoHoldsIt() {
    Filing f = submitted(EXPORT);
    f.assign("lead", "reviewer-a", NOW);
    assertEquals("reviewer-a", f.getReview().getClaimedBy());
    assertEquals("filing.already-taken", refusal(() -> f.assign("reviewer-b", "reviewer-b", NOW)));
    f.assign("reviewer-a", "reviewer-c", NOW);
    assertEquals("reviewer-c", f.getReview().getClaimedBy());
    assertEquals(FilingStep.ASSIGNED, f.getHistory().get(f.getHistory().size() - 1).getAction());
  }

  @Test
  void shouldNeedTwoDifferentReviewersWhenTheTypeAsksForFourEyes() {
    Filing f = submitted(FOUR_EYES);
    f.claim("centre-a", NOW);
    f.decide(FOUR_EYES, Decision.APPROVE, "centre-a", null, null, NOW);
    assertEquals(FilingStatus.SUBMITTED, f.getStatus(), "one approval is not enough");
    assertEquals("centre-a", f.getReview().getFirstApprovedBy());
    assertEquals(null, f.getReview().getClaimedBy(), "back in the queue for the second reviewer");
    assertEquals("filing.already-taken", refusal(() -> f.withdraw(FOUR_EYES, "zhang", NOW)));
    assertEquals(
        "filing.second-approver-needed",
        refusal(() -> f.decide(FOUR_EYES, Decision.APPROVE, "centre-a", null, null, NOW)));
    f.decide(FOUR_EYES, Decision.APPROVE, "centre-b", null, null, NOW);
    assertEquals(FilingStatus.APPROVED, f.getStatus());
    assertEquals("centre-b", f.getReview().getDecidedBy());
  }

  @Test
  void shouldForgetAFirstApprovalWhenTheSecondReviewerReturnsIt() {
    Filing f = submitted(FOUR_EYES);
    f.decide(FOUR_EYES, Decision.APPROVE, "centre-a", null, null, NOW);
    f.decide(FOUR_EYES, Decision.RETURN, "centre-b", "公章不清晰", null, NOW);
    assertEquals(FilingStatus.RETURNED, f.getStatus());
    assertEquals(null, f.getReview().getFirstApprovedBy());
    f.save(true, "zhang", NOW);
    f.submit(FOUR_EYES, DUE, "zhang", NOW);
    f.decide(FOUR_EYES, Decision.APPROVE, "centre-a", null, null, NOW);
    assertEquals(
        FilingStatus.SUBMITTED, f.getStatus(), "the resubmission needs two approvals again");
  }

  @Test
  void shouldBeOverdueTheDayAfterItsDueDateAndEscalateIntoItsHistory() {
    Filing f = submitted(EXPORT);
    assertFalse(f.isOverdue(DUE));
    assertTrue(f.isOverdue(DUE.plusDays(1)));
    f.escalate("supervisor", NOW);
    assertEquals(NOW, f.getReview().getDeadline().getEscalatedAt());
    assertEquals(FilingStep.ESCALATED, f.getHistory().get(f.getHistory().size() - 1).getAction());
    f.decide(EXPORT, Decision.APPROVE, "reviewer", null, null, NOW);
    assertFalse(f.isOverdue(DUE.plusDays(1)), "a decided filing is never overdue");
  }

  private static String refusal(Runnable move) {
    return assertThrows(RefusedException.class, move::run).key();
  }

  @Test
  void shouldGoFromDraftToApprovedWithAYearsValidity() {
    Filing f = Filing.draft(EXPORT, "EX-2026-000001", 10L, "zhang", NOW);
    assertEquals(FilingStatus.DRAFT, f.getStatus());
    f.save(false, "zhang", NOW);
    assertEquals(FilingStatus.DRAFT, f.getStatus(), "暂存: incomplete is allowed");
    assertEquals("filing.incomplete", refusal(() -> f.submit(EXPORT, DUE, "zhang", NOW)));
    f.save(true, "zhang", NOW);
    assertEquals(FilingStatus.SAVED, f.getStatus());
    f.submit(EXPORT, DUE, "zhang", NOW);
    assertEquals(FilingStatus.SUBMITTED, f.getStatus());
    assertEquals(DUE, f.getDueOn());
    f.claim("reviewer-bj", NOW);
    f.decide(EXPORT, Decision.APPROVE, "reviewer-bj", null, null, NOW.plusDays(2));
    assertEquals(FilingStatus.APPROVED, f.getStatus());
    assertEquals(LocalDate.of(2026, 11, 25), f.getValidFrom());
    assertEquals(LocalDate.of(2027, 11, 24), f.getValidUntil());
    assertNull(f.getDueOn());
    assertEquals(
        List.of("created", "draft-saved", "saved", "submitted", "claimed", "approved"),
        f.getHistory().stream().map(e -> e.getAction().code()).toList());
  }

  @Test
  void shouldPassBothStagesOfAnEkeyApplicationBeforeItIsApproved() {
    Filing f = submitted(EKEY);
    LocalDate reReviewDue = LocalDate.of(2026, 12, 7);
    f.decide(EKEY, Decision.APPROVE, "issuer", "核验通过", reReviewDue, NOW);
    assertEquals(FilingStatus.SUBMITTED, f.getStatus(), "on to 复核");
    assertEquals(1, f.getReview().getStage());
    assertEquals(reReviewDue, f.getDueOn());
    f.decide(EKEY, Decision.APPROVE, "ekey-op", null, null, NOW.plusDays(3));
    assertEquals(FilingStatus.APPROVED, f.getStatus());
    assertNull(f.getValidUntil(), "no validity for e-key applications");
  }

  @Test
  void shouldNeedAReasonToRejectOrReturnAndShowIt() {
    Filing f = submitted(EKEY);
    assertEquals(
        "filing.remark-required",
        refusal(() -> f.decide(EKEY, Decision.REJECT, "issuer", "  ", null, NOW)));
    f.decide(EKEY, Decision.RETURN, "issuer", "营业执照扫描件不清晰", null, NOW);
    assertEquals(FilingStatus.RETURNED, f.getStatus());
    assertEquals("营业执照扫描件不清晰", f.getReview().getRemark());
    // the applicant corrects and submits all materials again
    f.save(true, "zhang", NOW);
    f.submit(EXPORT, DUE, "zhang", NOW);
    assertEquals(0, f.getReview().getStage(), "a resubmission starts again at the first stage");
    f.decide(EKEY, Decision.REJECT, "issuer", "核验未通过：证件过期", null, NOW);
    assertEquals(FilingStatus.REJECTED, f.getStatus());
    assertTrue(f.getStatus().isFinal());
    assertEquals("filing.not-editable", refusal(() -> f.save(true, "zhang", NOW)));
  }

  @Test
  void shouldTellTheSecondReviewerWhoDecidedFirst() {
    Filing f = submitted(EXPORT);
    f.decide(EXPORT, Decision.APPROVE, "reviewer-a", null, null, NOW);
    var e =
        assertThrows(
            RefusedException.class,
            () -> f.decide(EXPORT, Decision.REJECT, "reviewer-b", "不同意", null, NOW.plusMinutes(1)));
    assertEquals("filing.already-decided", e.key());
    assertEquals("reviewer-a", e.params().get("reviewer"));
    assertEquals(NOW, e.params().get("at"));
  }

  @Test
  void shouldKeepAClaimedFilingToItsReviewer() {
    Filing f = submitted(EXPORT);
    f.claim("reviewer-a", NOW);
    assertEquals("filing.already-taken", refusal(() -> f.claim("reviewer-b", NOW)));
    assertEquals(
        "filing.already-taken",
        refusal(() -> f.decide(EXPORT, Decision.APPROVE, "reviewer-b", null, null, NOW)));
    f.release("reviewer-a", NOW);
    f.claim("reviewer-b", NOW);
    assertEquals("reviewer-b", f.getReview().getClaimedBy());
  }

  @Test
  void shouldLetTheApplicantWithdrawOnlyBeforeAReviewerTakesIt() {
    Filing f = submitted(EXPORT);
    f.withdraw(EXPORT, "zhang", NOW);
    assertEquals(FilingStatus.WITHDRAWN, f.getStatus());
    assertTrue(f.getStatus().isEditable());
    assertFalse(f.isDeletable(), "it was submitted once: kept");
    f.save(true, "zhang", NOW);
    f.submit(EXPORT, DUE, "zhang", NOW);
    f.claim("reviewer-a", NOW);
    assertEquals("filing.already-taken", refusal(() -> f.withdraw(EXPORT, "zhang", NOW)));
  }

  @Test
  void shouldExpireTheDayAfterItsLastValidDayAndThenBeInvalidated() {
    Filing f = submitted(EXPORT);
    f.decide(EXPORT, Decision.APPROVE, "reviewer", null, null, NOW);
    assertFalse(f.expireIfDue(f.getValidUntil(), NOW));
    assertTrue(f.expireIfDue(f.getValidUntil().plusDays(1), NOW));
    assertEquals(FilingStatus.EXPIRED, f.getStatus());
    f.invalidate("system", "被新的备案取代", NOW);
    assertEquals(FilingStatus.INVALIDATED, f.getStatus());
  }

  @Test
  void shouldChangeOnlyAnApprovedFilingAndKeepItsValidity() {
    Filing draft = Filing.draft(EXPORT, "EX-2026-000002", 10L, "zhang", NOW);
    assertEquals(
        "filing.change-needs-approved",
        refusal(() -> Filing.changeOf(EXPORT, draft, "EXC-1", "zhang", NOW)));
    Filing approved = submitted(EXPORT);
    approved.decide(EXPORT, Decision.APPROVE, "reviewer", null, null, NOW);
    Filing change =
        Filing.changeOf(EXPORT, approved, "EXC-2026-000001", "zhang", NOW.plusMonths(3));
    change.save(true, "zhang", NOW.plusMonths(3));
    change.submit(EXPORT, DUE, "zhang", NOW.plusMonths(3));
    change.decide(EXPORT, Decision.APPROVE, "reviewer", null, null, NOW.plusMonths(3));
    change.keepValidityOf(approved);
    assertEquals(approved.getValidUntil(), change.getValidUntil());
  }

  @ParameterizedTest
  @EnumSource(FilingStatus.class)
  void shouldDeleteOnlyWhatWasNeverSubmitted(FilingStatus status) {
    assertEquals(
        status == FilingStatus.DRAFT || status == FilingStatus.SAVED, status.isDeletable());
  }

  @Test
  void shouldRefuseDecisionsOnWhatIsNotInReview() {
    Filing f = Filing.draft(EXPORT, "EX-2026-000003", 10L, "zhang", NOW);
    assertEquals(
        "filing.not-in-review",
        refusal(() -> f.decide(EXPORT, Decision.APPROVE, "reviewer", null, null, NOW)));
    assertEquals("filing.not-in-review", refusal(() -> f.claim("reviewer", NOW)));
    assertEquals("filing.not-withdrawable", refusal(() -> f.withdraw(EXPORT, "zhang", NOW)));
    assertEquals("filing.not-invalidatable", refusal(() -> f.invalidate("x", null, NOW)));
  }

  @Test
  void shouldLetOnlyStaffDecideAndAdministratorsOnlyNationally() {
    assertEquals(Role.ADMIN, new Stage("x", Role.ADMIN, false, 1).decidingRole());
    assertThrows(IllegalArgumentException.class, () -> new Stage("x", Role.ADMIN, true, 1));
    assertThrows(IllegalArgumentException.class, () -> new Stage("x", Role.AGENT, false, 1));
    assertThrows(IllegalArgumentException.class, () -> new Stage("x", Role.ENTERPRISE, true, 1));
  }

  @Test
  void shouldLetALegalPersonDecideOnlyWhatAnAccountFilesToItsEnterprise() {
    var consent = FilingType.define("consent").numbered("C").stage("c", Role.ENTERPRISE, false, 5);
    assertThrows(IllegalArgumentException.class, consent::build);
    FilingType agentApplication = consent.filedByAccounts(Role.AGENT).revocable().build();
    assertTrue(agentApplication.addressed());
    assertTrue(agentApplication.revocable());
    assertTrue(agentApplication.reviewedBy(Role.ENTERPRISE));
    assertFalse(EXPORT.addressed());
  }

  @Test
  void shouldOnlyApproveOrRejectWhereTheSeedHasNoSendingBack() {
    FilingType seed001 =
        FilingType.define("export-seed")
            .numbered("EX")
            .stage("review", Role.COMMERCE_AUTHORITY, true, 5)
            .decidedOnly()
            .build();
    Filing f = submitted(seed001);
    assertEquals("filing.no-send-back", refusal(() -> f.withdraw(seed001, "zhang", NOW)));
    assertEquals(
        "filing.no-send-back",
        refusal(() -> f.decide(seed001, Decision.RETURN, "li", "补材料", null, NOW)));
    assertEquals(FilingStatus.SUBMITTED, f.getStatus());
    f.decide(seed001, Decision.REJECT, "li", "不符合条件", null, NOW);
    assertEquals(FilingStatus.REJECTED, f.getStatus());
  }

  @Test
  void shouldMarkTheLastStageProvincialAndOnlyARegionalOne() {
    FilingType t =
        FilingType.define("export-province")
            .numbered("EX")
            .stage("review", Role.COMMERCE_AUTHORITY, true, 5)
            .provincial()
            .build();
    assertTrue(t.stage(0).provincial());
    assertTrue(t.stage(0).regional());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Stage("centre", Role.CERTIFICATION_CENTRE, false, 5, true));
  }

  @Test
  void shouldLetOnlyTheApplicantConfirmReceiptAfterTheCentreShippedIt() {
    FilingType ukey =
        FilingType.define("coc-ukey")
            .numbered("UKY")
            .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
            .then("ukey-shipped", Role.CERTIFICATION_CENTRE, 5, "shipment")
            .then("ukey-received", Role.ENTERPRISE, 10)
            .build();
    Filing f = submitted(ukey);
    f.decide(ukey, Decision.APPROVE, "centre", null, DUE, NOW);
    assertEquals(Role.CERTIFICATION_CENTRE, f.getReview().getQueueRole());
    assertEquals(
        "filing.not-next-step",
        refusal(() -> f.fulfil(ukey, "ukey-received", Role.ENTERPRISE, "zhang", null, null, NOW)));
    f.fulfil(ukey, "ukey-shipped", Role.CERTIFICATION_CENTRE, "centre", "EMS 1100", DUE, NOW);
    assertEquals(Role.ENTERPRISE, f.getReview().getQueueRole(), "the applicant's turn");
    assertEquals(
        "filing.not-your-step",
        refusal(
            () ->
                f.fulfil(
                    ukey, "ukey-received", Role.CERTIFICATION_CENTRE, "centre", null, null, NOW)));
    f.fulfil(ukey, "ukey-received", Role.AGENT, "agent-of-zhang", null, null, NOW);
    assertEquals(2, f.getReview().getFulfilledSteps());
    assertEquals(null, f.getReview().getQueueRole(), "nothing left to do");
    assertThrows(
        IllegalArgumentException.class,
        () -> new FulfilmentStep("received", Role.REGISTERED, 5, null),
        "a person without an enterprise takes no step");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FilingType.define("account-ukey")
                .numbered("AUK")
                .filedByAccounts(Role.AGENT)
                .stage("admin-review", Role.ADMIN, false, 3)
                .then("received", Role.ENTERPRISE, 5)
                .build(),
        "an account's own filing has no enterprise to confirm a step");
  }
}
