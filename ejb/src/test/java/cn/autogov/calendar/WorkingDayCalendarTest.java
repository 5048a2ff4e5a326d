package cn.autogov.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.identifier.Vectors;
import cn.autogov.platform.SchemaMigration;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped calendar data, migrated by Flyway into a real (in-memory H2) database, against the
 * shared vectors.
 */
class WorkingDayCalendarTest {

  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void migrateAndLoad() throws Exception {
    var ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:calendar-test;DB_CLOSE_DELAY=-1");
    SchemaMigration.configuration(WorkingDayCalendarTest.class.getClassLoader(), ds)
        .load()
        .migrate();
    List<Integer> years = new ArrayList<>();
    List<CalendarPeriod> periods = new ArrayList<>();
    try (var c = DriverManager.getConnection("jdbc:h2:mem:calendar-test");
        var st = c.createStatement()) {
      var rs = st.executeQuery("SELECT notice_year FROM calendar_year");
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
      rs =
          st.executeQuery(
              "SELECT notice_year, first_day, last_day, off_day, name_zh FROM calendar_period");
      while (rs.next()) {
        periods.add(
            new CalendarPeriod(
                rs.getInt(1),
                rs.getDate(2).toLocalDate(),
                rs.getDate(3).toLocalDate(),
                rs.getBoolean(4),
                rs.getString(5)));
      }
    }
    calendar = WorkingDayCalendar.of(years, periods);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> vectors() {
    return Vectors.rows("workdays.csv").stream()
        .map(r -> org.junit.jupiter.params.provider.Arguments.of(r[0], r[1], r[2], r[3]));
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @MethodSource("vectors")
  void shouldMeetEveryDeadlineOfTheSharedVectors(
      String start, String days, String deadline, String explanation) {
    assertEquals(
        LocalDate.parse(deadline),
        calendar.addWorkingDays(LocalDate.parse(start), Integer.parseInt(days)),
        explanation);
  }

  @Test
  void shouldTreatMakeUpWeekendsAsWorkingDaysAndHolidayWeekdaysAsOff() {
    assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 8)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 6, 20)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 6, 22)));
  }

  @Test
  void shouldRefuseToGuessInAYearWithoutANotice() {
    var e =
        assertThrows(
            CalendarYearMissingException.class,
            () -> calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2));
    assertEquals(2027, e.year());
    assertThrows(
        CalendarYearMissingException.class, () -> calendar.isWorkingDay(LocalDate.of(2023, 6, 1)));
  }

  @Test
  void shouldNotCountTheStartingDay() {
    // Friday 2025-06-06: one working day after it is Monday 2025-06-09
    assertEquals(LocalDate.of(2025, 6, 9), calendar.addWorkingDays(LocalDate.of(2025, 6, 6), 1));
  }
}
