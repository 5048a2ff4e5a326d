package cn.autogov.platform;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names the time slot a job run belongs to, the same on every cluster member: the day for a job
 * scheduled at one hour a day (members' clocks may differ by seconds, never by a day), else the
 * minute.
 */
public record JobSlots(DateTimeFormatter format) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  public static JobSlots forHour(String hourExpression) {
    return new JobSlots(hourExpression.trim().matches("\\d{1,2}") ? DAY : MINUTE);
  }

  public String slotOf(LocalDateTime time) {
    return format.format(time);
  }
}
