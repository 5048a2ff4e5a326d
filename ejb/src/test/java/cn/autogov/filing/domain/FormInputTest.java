package cn.autogov.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.identifier.IdentifierKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormInputTest {

  private static List<String> problems(Checks checks) {
    try {
      checks.throwIfAny();
      return List.of();
    } catch (InputRejectedException e) {
      return e.problems().stream().map(p -> p.field() + " " + p.problem().key()).toList();
    }
  }

  @Test
  void shouldLetADraftLeaveRequiredFieldsBlankButNotAFinishedForm() {
    var draft = new Checks();
    assertNull(new FormInput(Map.of(), draft, false).text("contactName", 100, true));
    assertEquals(List.of(), problems(draft));
    var complete = new Checks();
    new FormInput(Map.of("contactName", "  "), complete, true).text("contactName", 100, true);
    assertEquals(List.of("contactName input.required"), problems(complete));
  }

  @Test
  void shouldCheckWhatIsFilledEvenInADraft() {
    var checks = new Checks();
    var in =
        new FormInput(
            Map.of(
                "exportCategory", "SHOP",
                "registeredCapital", "12.345",
                "employees", "-3",
                "establishedOn", "2015/03/01",
                "contactMobile", "12345"),
            checks,
            false);
    assertNull(in.choice("exportCategory", List.of("PRODUCER", "DISTRIBUTOR"), true));
    assertNull(in.amount("registeredCapital", new BigDecimal("1000"), true));
    assertNull(in.count("employees", 1000, true));
    assertNull(in.date("establishedOn", true));
    assertNull(in.identifier("contactMobile", IdentifierKind.MOBILE, true));
    assertEquals(
        List.of(
            "exportCategory input.not-an-option",
            "registeredCapital input.amount-range",
            "employees input.count-range",
            "establishedOn input.not-a-date",
            "contactMobile mobile.format"),
        problems(checks));
  }

  @Test
  void shouldReadGoodValuesIntoTheirTypes() {
    var checks = new Checks();
    var in =
        new FormInput(
            Map.of(
                "registeredCapital", "1000.50",
                "employees", "120",
                "establishedOn", "2015-03-01",
                "contactEmail", "wang@example.cn"),
            checks,
            true);
    assertEquals(
        new BigDecimal("1000.50"),
        in.amount("registeredCapital", new BigDecimal("1000000.00"), true));
    assertEquals(120, in.count("employees", 1000, true));
    assertEquals(LocalDate.of(2015, 3, 1), in.date("establishedOn", true));
    assertEquals("wang@example.cn", in.identifier("contactEmail", IdentifierKind.EMAIL, true));
    assertTrue(checks.ok());
  }

  @Test
  void shouldRefuseADateInTheFuture() {
    var checks = new Checks();
    new FormInput(
            Map.of("establishedOn", BusinessTime.today().plusDays(1).toString()), checks, true)
        .date("establishedOn", true);
    assertEquals(List.of("establishedOn input.date-in-future"), problems(checks));
  }
}
