package cn.autogov.filing.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long an approved filing stays valid (有效截止日期). Seed 001: one year from approval; a new
 * approved filing restarts it, an approved change keeps the validity of the filing it changes.
 */
public record ValidityPolicy(Period period) {

  public static final ValidityPolicy NONE = new ValidityPolicy(null);

  public static ValidityPolicy of(Period period) {
    return new ValidityPolicy(period);
  }

  /**
   * The last valid day of a filing approved on {@code approvedOn} (counted from that day), or null
   * if it never expires: the day before the anniversary. 29 February has its anniversary in a
   * common year on 1 March, so a filing approved on a leap day is valid to 28 February (a full
   * year), not to the 27th.
   */
  public LocalDate validUntil(LocalDate approvedOn) {
    if (period == null) {
      return null;
    }
    LocalDate anniversary = approvedOn.plus(period);
    if (anniversary.getDayOfMonth() != approvedOn.getDayOfMonth()) {
      anniversary = anniversary.plusDays(1); // the month has no such day: the next day is it
    }
    return anniversary.minusDays(1);
  }
}
