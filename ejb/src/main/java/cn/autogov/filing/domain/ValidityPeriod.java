package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 有效期 of an approved filing: from the day of approval to the last valid day its type's {@link
 * ValidityPolicy} gives (none: open-ended), and which reminder of its end the enterprise had.
 */
@Embeddable
public class ValidityPeriod implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Days before the end of validity at which the enterprise is reminded (seed 001, #8). */
  public static final List<Integer> REMINDERS = List.of(30, 7);

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  /** The days left when the enterprise was last reminded that the validity ends (30, 7). */
  @Column(name = "expiry_reminded_at_days")
  private Integer remindedAtDays;

  void start(LocalDate approvedOn, ValidityPolicy policy) {
    validFrom = approvedOn;
    validUntil = policy.validUntil(approvedOn);
  }

  /** An approved change keeps the validity of the filing it changed. */
  void keep(ValidityPeriod of) {
    validFrom = of.validFrom;
    validUntil = of.validUntil;
  }

  /** Whether {@code today} is after the last valid day. */
  boolean endedBefore(LocalDate today) {
    return validUntil != null && today.isAfter(validUntil);
  }

  /**
   * The reminder due today: the nearest of {@link #REMINDERS} that {@code today} has reached and
   * that was not sent yet (a day the job missed is caught up, no reminder goes twice), or null.
   */
  Integer reminderDue(LocalDate today) {
    if (validUntil == null || today.isAfter(validUntil)) {
      return null;
    }
    long left = ChronoUnit.DAYS.between(today, validUntil);
    Integer due = null;
    for (int days : REMINDERS) {
      if (left <= days && (remindedAtDays == null || remindedAtDays > days)) {
        due = days;
      }
    }
    return due;
  }

  void reminded(int days) {
    remindedAtDays = days;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }
}
