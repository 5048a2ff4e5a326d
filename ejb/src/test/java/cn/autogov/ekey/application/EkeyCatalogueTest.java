package cn.autogov.ekey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import cn.autogov.ekey.domain.EkeyFlow;
import cn.autogov.filing.domain.FulfilmentStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The route of every flow: 核验 by the issuing authority, 复核 by the provider, then the key handed
 * over.
 */
class EkeyCatalogueTest {

  @Test
  void shouldCheckRegionallyThenRecheckAtTheProviderInTheirWorkingDays() {
    for (EkeyFlow flow : EkeyFlow.values()) {
      var type = EkeyCatalogue.typeOf(flow);
      assertEquals(2, type.route().size(), flow.name());
      var check = type.stage(0);
      assertEquals(Role.ISSUING_AUTHORITY, check.decidingRole());
      assertTrue(check.regional() && check.worded(), "核验通过 / 核验未通过 in its division");
      assertEquals(2, check.slaWorkingDays());
      var recheck = type.stage(1);
      assertEquals(Role.EKEY_PROVIDER, recheck.decidingRole());
      assertEquals(flow == EkeyFlow.REVOCATION ? 2 : 5, recheck.slaWorkingDays());
      assertEquals(
          flow == EkeyFlow.RENEWAL ? null : Role.ISSUING_AUTHORITY,
          type.offlineIntake(),
          "paper applications at the authority's counter; 更新 only from the key's session");
    }
  }

  @Test
  void shouldMakeShipAndHandOverAKeyAndShipNothingForARevocation() {
    var first = EkeyCatalogue.typeOf(EkeyFlow.FIRST);
    assertEquals(
        List.of("made", "shipped", "awaitingCollection", "collected"),
        first.fulfilment().stream().map(FulfilmentStep::code).toList());
    assertEquals("certificateSerial", first.fulfilmentAfter(0).datum());
    assertEquals("trackingNumber", first.fulfilmentAfter(1).datum());
    assertEquals(Role.ISSUING_AUTHORITY, first.fulfilmentAfter(3).role());
    assertEquals(
        "handover", first.fulfilmentAfter(3).datum(), "on site or by courier, and the check");
    assertEquals("unlocked", EkeyCatalogue.typeOf(EkeyFlow.UNLOCK).fulfilmentAfter(0).code());
    assertNull(EkeyCatalogue.typeOf(EkeyFlow.REVOCATION).fulfilmentAfter(0));
    assertEquals(
        "stage.ekey-check.passed",
        first.statusKey(cn.autogov.filing.domain.FilingStatus.SUBMITTED, 1),
        "核验通过 while the provider re-reviews");
  }
}
