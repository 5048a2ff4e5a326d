package cn.autogov.calendar;

import cn.autogov.kernel.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An administrator types a holiday notice line by line, as the notice reads: {@code
 * 2027-01-01~2027-01-03 放假 元旦} or {@code 2027-01-04 上班 元旦} (also "off"/"work"). Every line is
 * checked; problems name the line.
 */
public final class NoticeLines {

  private static final Pattern LINE =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:\\s*[~～至]\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s+(放假|上班|off|work)\\s+(\\S.{0,39})");

  /** The periods, or the problems (never both). */
  public record Parsed(List<CalendarPeriod> periods, List<Problem> problems) {}

  private NoticeLines() {}

  public static Parsed parse(int year, String text) {
    List<CalendarPeriod> periods = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add(Problem.error("calendar.line-format", "line", i + 1));
        continue;
      }
      try {
        LocalDate first = LocalDate.parse(m.group(1));
        LocalDate last = m.group(2) == null ? first : LocalDate.parse(m.group(2));
        if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() > 30) {
          problems.add(Problem.error("calendar.line-range", "line", i + 1));
        } else if (Math.abs(first.getYear() - year) > 1) {
          problems.add(Problem.error("calendar.line-year", "line", i + 1, "year", year));
        } else {
          boolean off = m.group(3).equals("放假") || m.group(3).equals("off");
          periods.add(new CalendarPeriod(year, first, last, off, m.group(4).strip()));
        }
      } catch (DateTimeParseException e) {
        problems.add(Problem.error("calendar.line-date", "line", i + 1));
      }
    }
    if (problems.isEmpty() && periods.isEmpty()) {
      problems.add(Problem.error("calendar.no-lines"));
    }
    return problems.isEmpty() ? new Parsed(periods, List.of()) : new Parsed(List.of(), problems);
  }
}
