package cn.autogov.web.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionLifetimeFilterTest {

  private static final long START = 1_800_000_000_000L;

  @Test
  void shouldEndASessionOlderThanTwelveHoursEvenIfActive() {
    long twelveHours = Duration.ofHours(12).toMillis();
    assertFalse(SessionLifetimeFilter.expired(START, START + twelveHours, 12));
    assertTrue(SessionLifetimeFilter.expired(START, START + twelveHours + 1, 12));
  }
}
