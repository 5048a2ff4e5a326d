package cn.autogov.usedcar.application;

import cn.autogov.calendar.CalendarYearMissingException;
import cn.autogov.calendar.WorkingDays;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.usedcar.domain.ReportPeriod;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a period's return is due: the configured day of the month after the period (the monthly
 * report's by default the 10th, the appraisers' quarterly's the 15th), moved to the next working
 * day by #3's calendar (Monday to Friday past the calendar's known years); and how many days before
 * it the missing are reminded.
 */
@Dependent
public class ReportDueDates {

  @Inject
  @ConfigProperty(name = "autogov.usedcar.report.monthly.due-day", defaultValue = "10")
  int monthlyDueDay;

  @Inject
  @ConfigProperty(name = "autogov.usedcar.report.quarterly.due-day", defaultValue = "15")
  int quarterlyDueDay;

  @Inject
  @ConfigProperty(name = "autogov.usedcar.report.remind-days-before", defaultValue = "3")
  int remindDaysBefore;

  @EJB WorkingDays workingDays;

  public LocalDate dueOn(ReportPeriod period) {
    int day = period.kind() == ReportKind.MONTHLY ? monthlyDueDay : quarterlyDueDay;
    LocalDate due = period.end().plusDays(Math.max(1, Math.min(day, 28)) - 1L);
    while (!working(due)) {
      due = due.plusDays(1);
    }
    return due;
  }

  /** The day the missing hear that the return is due ({@code n} days before the due day). */
  public LocalDate remindOn(ReportPeriod period) {
    return dueOn(period).minusDays(remindDaysBefore);
  }

  /** The last period whose return is due, or comes due, after {@code today}'s reminders. */
  public ReportPeriod periodToRemind(ReportKind kind, LocalDate today) {
    return kind.periodOf(today).previous();
  }

  private boolean working(LocalDate day) {
    try {
      return workingDays.isWorkingDay(day);
    } catch (CalendarYearMissingException e) {
      return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
  }
}
