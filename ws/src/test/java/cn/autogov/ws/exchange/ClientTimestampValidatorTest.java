package cn.autogov.ws.exchange;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.xml.wss.impl.callback.TimestampValidationCallback.TimestampValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientTimestampValidatorTest {

  private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");
  private static final long SKEW = 300_000; // Metro's defaults: 5 minutes each
  private static final long FRESH = 300_000;

  private static void check(String created, String expires) throws TimestampValidationException {
    ClientTimestampValidator.check(created, expires, SKEW, FRESH, NOW);
  }

  @Test
  void aFreshTimestampPassesWithOrWithoutMillisecondsAndExpiry() {
    assertDoesNotThrow(() -> check("2026-12-07T04:00:00Z", "2026-12-07T04:05:00Z"));
    assertDoesNotThrow(() -> check("2026-12-07T03:59:59.123Z", "2026-12-07T04:04:59.123Z"));
    assertDoesNotThrow(() -> check("2026-12-07T04:04:00Z", null), "ahead, within the skew");
    assertDoesNotThrow(() -> check("2026-12-07T03:51:00Z", null), "9 minutes old: skew + limit");
  }

  @Test
  void aTimestampFromTheFutureTooOldOrExpiredIsRefused() {
    var ahead =
        assertThrows(TimestampValidationException.class, () -> check("2026-12-07T04:06:00Z", null));
    assertTrue(ahead.getMessage().contains("ahead"), ahead.getMessage());
    var old =
        assertThrows(TimestampValidationException.class, () -> check("2026-12-07T03:49:00Z", null));
    assertTrue(old.getMessage().contains("older"), old.getMessage());
    var expired =
        assertThrows(
            TimestampValidationException.class,
            () -> check("2026-12-07T03:56:00Z", "2026-12-07T03:54:00Z"));
    assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
  }

  @Test
  void aTimeThatIsNotATimeIsRefusedNamingTheElement() {
    var e = assertThrows(TimestampValidationException.class, () -> check("yesterday", null));
    assertTrue(e.getMessage().contains("wsu:Created"), e.getMessage());
    var x =
        assertThrows(
            TimestampValidationException.class, () -> check("2026-12-07T04:00:00Z", "soon"));
    assertTrue(x.getMessage().contains("wsu:Expires"), x.getMessage());
  }
}
