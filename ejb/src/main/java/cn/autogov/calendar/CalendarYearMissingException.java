package cn.autogov.calendar;

import jakarta.ejb.ApplicationException;

/** A working-day question touched a year whose holiday notice has not been entered. */
@ApplicationException
public class CalendarYearMissingException extends RuntimeException {

  public static final String KEY = "calendar.year-missing";
  private final int year;

  public CalendarYearMissingException(int year) {
    super(
        "no working-day calendar for "
            + year
            + ": an administrator must enter that year's holiday notice");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
