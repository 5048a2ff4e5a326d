package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.export.application.ExportFilingQueries;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import cn.autogov.testing.MicroDeployment;
import jakarta.ejb.EJB;
import java.net.URL;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What customs will ask through the exchange (#7), on real filings: an exporter's filing verified
 * by credit code, customs code or both; a filing by number; the filings changed since a time, in
 * order, without repeats.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class ExportQueriesIT {

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(ExportQueriesIT.class);
  }

  @ArquillianResource URL base;

  @EJB ExportFilingQueries queries;

  @Test
  void shouldVerifyAnExporterByItsCodesAndListWhatChanged() {
    LocalDateTime before = BusinessTime.now().minusSeconds(1);
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api other = Api.of(base, "ENTERPRISE", "110108");
    Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    String customs = String.format("110191%04d", System.nanoTime() % 10_000);
    long id = Flows.exportApproved(base, ent, commerce, null, customs);
    String number =
        ent.expect(200, "GET", "/filings/" + id, null).getJsonObject("filing").getString("number");
    String credit = ent.expect(200, "GET", "/enterprise", null).getString("creditCode");
    String otherCredit = other.expect(200, "GET", "/enterprise", null).getString("creditCode");

    for (var v :
        java.util.List.of(
            queries.verify(credit, null),
            queries.verify(null, customs),
            queries.verify(credit, customs))) {
      assertTrue(v.valid(), v.toString());
      assertEquals(number, v.filing().filingNumber());
      assertEquals(customs, v.filing().customsCode());
      assertEquals(credit, v.filing().creditCode());
      assertEquals(FilingStatus.APPROVED, v.filing().status());
    }
    // the two codes of different enterprises, an unknown code, none at all: refused with their keys
    assertEquals(
        "exchange.unknown-enterprise",
        assertThrows(RefusedException.class, () -> queries.verify(otherCredit, customs)).key());
    assertEquals(
        "exchange.unknown-enterprise",
        assertThrows(RefusedException.class, () -> queries.verify(null, "3101990000")).key());
    assertEquals(
        "exchange.invalid-request",
        assertThrows(RefusedException.class, () -> queries.verify(" ", null)).key());
    // an enterprise without a decided export filing: known, not valid, no filing
    var none = queries.verify(otherCredit, null);
    assertFalse(none.valid());
    assertEquals(null, none.filing());

    var byNumber = queries.byNumber(number);
    assertEquals(customs, byNumber.customsCode());
    assertTrue(byNumber.validTo().isAfter(byNumber.validFrom()));
    assertEquals(
        "exchange.unknown-filing",
        assertThrows(RefusedException.class, () -> queries.byNumber("EX-1999-000001")).key());

    var changed = queries.changedSince(before, null, 500);
    assertTrue(changed.stream().anyMatch(f -> f.filingNumber().equals(number)), changed.toString());
    var at = byNumber.changedAt();
    assertTrue(
        queries.changedSince(at, number, 500).stream()
            .noneMatch(f -> f.filingNumber().equals(number)),
        "the next page starts after the last one received");
  }
}
