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

  /** The last valid day of a filing approved on {@code approvedOn}, or null if it never expires. */
  public LocalDate validUntil(LocalDate approvedOn) {
    return period == null ? null : approvedOn.plus(period).minusDays(1);
  }
}
