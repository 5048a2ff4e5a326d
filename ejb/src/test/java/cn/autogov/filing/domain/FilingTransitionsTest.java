package cn.autogov.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.autogov.access.Role;
import cn.autogov.kernel.RefusedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every move from every status, legal or not: the table says which moves each status allows; every
 * other move is refused with a domain error and leaves the status as it was.
 */
class FilingTransitionsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 30);
  private static final FilingType TYPE =
      FilingType.define("export-filing")
          .numbered("EX")
          .stage("commerce-review", Role.COMMERCE_AUTHORITY, true, 5)
          .validFor(Period.ofYears(1))
          .build();

  private static Filing in(FilingStatus status) {
    Filing f = Filing.draft(TYPE, "EX-2026-000001", 10L, "zhang", NOW);
    if (status == FilingStatus.DRAFT) {
      return f;
    }
    f.save(true, "zhang", NOW);
    if (status == FilingStatus.SAVED) {
      return f;
    }
    f.submit(TYPE, NOW.toLocalDate().plusDays(7), "zhang", NOW);
    switch (status) {
      case SUBMITTED -> {}
      case WITHDRAWN -> f.withdraw(TYPE, "zhang", NOW);
      case RETURNED -> f.decide(TYPE, Decision.RETURN, "li", "补材料", null, NOW);
      case REJECTED -> f.decide(TYPE, Decision.REJECT, "li", "不符合条件", null, NOW);
      default -> {
        f.decide(TYPE, Decision.APPROVE, "li", null, null, NOW);
        if (status == FilingStatus.EXPIRED) {
          f.expireIfDue(f.getValidUntil().plusDays(1), NOW);
        } else if (status == FilingStatus.INVALIDATED) {
          f.invalidate("system", "EX-2027-000001", NOW);
        }
      }
    }
    assertEquals(status, f.getStatus());
    return f;
  }

  private static String attempt(Filing f, String move) {
    FilingStatus before = f.getStatus();
    try {
      switch (move) {
        case "save" -> f.save(true, "zhang", NOW);
        case "submit" -> f.submit(TYPE, NOW.toLocalDate().plusDays(7), "zhang", NOW);
        case "withdraw" -> f.withdraw(TYPE, "zhang", NOW);
        case "claim" -> f.claim("li", NOW);
        case "approve" -> f.decide(TYPE, Decision.APPROVE, "li", null, null, NOW);
        case "reject" -> f.decide(TYPE, Decision.REJECT, "li", "不符合条件", null, NOW);
        case "return" -> f.decide(TYPE, Decision.RETURN, "li", "补材料", null, NOW);
        case "invalidate" -> f.invalidate("system", null, NOW);
        case "expire" -> {
          LocalDate after =
              f.getValidUntil() == null ? LocalDate.MAX : f.getValidUntil().plusDays(1);
          if (!f.expireIfDue(after, NOW)) {
            return "-";
          }
        }
        default -> throw new IllegalArgumentException(move);
      }
      return "+";
    } catch (RefusedException e) {
      assertEquals(before, f.getStatus(), move + " refused but moved the filing");
      return "-";
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // status,      save submit withdraw claim approve reject return invalidate expire
    "DRAFT,         + - - - - - - - -",
    "SAVED,         + + - - - - - - -",
    "SUBMITTED,     - - + + + + + - -",
    "RETURNED,      + - - - - - - - -",
    "WITHDRAWN,     + - - - - - - - -",
    "APPROVED,      - - - - - - - + +",
    "REJECTED,      - - - - - - - - -",
    "EXPIRED,       - - - - - - - + -",
    "INVALIDATED,   - - - - - - - - -"
  })
  void shouldAllowExactlyTheMovesOfItsStatus(FilingStatus status, String allowed) {
    String[] moves = {
      "save", "submit", "withdraw", "claim", "approve", "reject", "return", "invalidate", "expire"
    };
    StringBuilder actual = new StringBuilder();
    for (String move : moves) {
      actual.append(actual.length() == 0 ? "" : " ").append(attempt(in(status), move));
    }
    assertEquals(allowed, actual.toString());
  }
}
