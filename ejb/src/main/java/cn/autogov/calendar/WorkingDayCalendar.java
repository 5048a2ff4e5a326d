package cn.autogov.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable working-day calendar for the years it covers. A day is a working day if it is a
 * make-up working day (调休上班), or a Monday to Friday that is not a holiday. Time limits count from
 * the day after the starting day (民法典 art. 201): "2 working days after Tuesday 2025-09-30" is
 * 2025-10-10.
 */
public final class WorkingDayCalendar {

  private final Set<Integer> years;
  private final Map<LocalDate, Boolean> offDays;

  private WorkingDayCalendar(Set<Integer> years, Map<LocalDate, Boolean> offDays) {
    this.years = Set.copyOf(years);
    this.offDays = Map.copyOf(offDays);
  }

  /** Builds a calendar of the given years from its exceptions to the weekday rule. */
  public static Builder forYears(Set<Integer> years) {
    return new Builder(years);
  }

  /** The calendar that a set of entered years and their notices' lines describe. */
  public static WorkingDayCalendar of(
      java.util.Collection<Integer> years, java.util.Collection<CalendarPeriod> periods) {
    Builder b = forYears(Set.copyOf(years));
    periods.stream()
        .sorted(java.util.Comparator.comparing(CalendarPeriod::isOffDay).reversed())
        .forEach(p -> b.mark(p.getFirstDay(), p.getLastDay(), p.isOffDay()));
    return b.build();
  }

  public boolean covers(int year) {
    return years.contains(year);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (!years.contains(day.getYear())) {
      throw new CalendarYearMissingException(day.getYear());
    }
    Boolean off = offDays.get(day);
    if (off != null) {
      return !off;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The n-th working day after {@code start} ({@code start} itself not counted); n ≥ 1. */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, not " + n);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** Collects holidays and make-up days; a later entry for the same day wins. */
  public static final class Builder {
    private final Set<Integer> years;
    private final Map<LocalDate, Boolean> offDays = new HashMap<>();

    private Builder(Set<Integer> years) {
      this.years = years;
    }

    public Builder off(LocalDate first, LocalDate last) {
      return mark(first, last, true);
    }

    public Builder makeUpWorkingDay(LocalDate day) {
      return mark(day, day, false);
    }

    public Builder mark(LocalDate first, LocalDate last, boolean off) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        offDays.put(d, off);
      }
      return this;
    }

    public WorkingDayCalendar build() {
      return new WorkingDayCalendar(years, offDays);
    }
  }
}
