package cn.autogov.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.DomainText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeLinesTest {

  @Test
  void shouldReadANoticeAsAdministratorsTypeIt() {
    var parsed = NoticeLines.parse(2027, "2027-01-01~2027-01-03 放假 元旦\n\n2027-01-04 上班 元旦\n");
    assertEquals(List.of(), parsed.problems());
    var calendar = WorkingDayCalendar.of(Set.of(2027), parsed.periods());
    assertEquals(
        LocalDate.of(2027, 1, 5),
        calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 2).isBefore(LocalDate.of(2027, 1, 1))
            ? null
            : calendar.addWorkingDays(LocalDate.of(2027, 1, 1), 2));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 1, 4)));
  }

  @Test
  void shouldNameEveryWrongLineAndSaveNothing() {
    var parsed =
        NoticeLines.parse(
            2027, "2027-01-01 放假 元旦\n2027-02-30 放假 春节\nfoo\n2027-03-05~2027-03-01 放假 x");
    assertEquals(List.of(), parsed.periods());
    assertEquals(
        List.of(
            "节假日安排第2行的日期不存在",
            "节假日安排第3行格式不正确，应为“2027-01-01~2027-01-03 放假 元旦”或“2027-01-04 上班 元旦”",
            "节假日安排第4行的结束日期早于开始日期或跨度超过30天"),
        parsed.problems().stream()
            .map(p -> DomainText.render(Locale.SIMPLIFIED_CHINESE, p, "节假日安排"))
            .toList());
  }
}
