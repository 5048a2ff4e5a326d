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

  /** {@code cron}: minute hour day-of-month month day-of-week. */
  public static JobSlots forCron(String cron) {
    String[] fields = cron.trim().split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "cron needs 5 fields (minute hour day month weekday): " + cron);
    }
    boolean fixedTime = fields[0].matches("\\d{1,2}") && fields[1].matches("\\d{1,2}");
    return new JobSlots(fixedTime ? DAY : MINUTE);
  }

  public String slotOf(LocalDateTime time) {
    return format.format(time);
  }
}
