package cn.autogov.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class JobSlotsTest {

  @Test
  void shouldGiveADailyJobOneSlotPerDaySoSkewedClocksStillAgree() {
    JobSlots daily = JobSlots.forCron("17 3 * * *");
    assertEquals("2026-11-22", daily.slotOf(LocalDateTime.of(2026, 11, 22, 3, 16, 59)));
    assertEquals("2026-11-22", daily.slotOf(LocalDateTime.of(2026, 11, 22, 3, 17, 1)));
  }

  @Test
  void shouldGiveAnHourlyOrFrequentJobOneSlotPerMinute() {
    JobSlots frequent = JobSlots.forCron("*/5 * * * *");
    assertEquals("2026-11-22T03:17", frequent.slotOf(LocalDateTime.of(2026, 11, 22, 3, 17, 59)));
  }

  @Test
  void shouldRefuseACronExpressionWithoutFiveFields() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> JobSlots.forCron("0 17 3 * * *"));
  }
}
