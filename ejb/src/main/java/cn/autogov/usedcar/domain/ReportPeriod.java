package cn.autogov.usedcar.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * 报表月度 (or quarter): a month {@code 2026-11} of the monthly report, a quarter {@code 2026-Q4} of
 * the appraisers'. Its days run from {@link #start} to the day before {@link #end}.
 */
public record ReportPeriod(ReportKind kind, int year, int number) {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  public ReportPeriod {
    int most = 12 / kind.months();
    if (year < 2000 || year > 9999 || number < 1 || number > most) {
      throw new IllegalArgumentException(kind + " " + year + "/" + number);
    }
  }

  /** A period as written ({@code 2026-11}, {@code 2026-Q4}), or null when it is none. */
  public static ReportPeriod parse(ReportKind kind, String code) {
    if (code == null) {
      return null;
    }
    var m = (kind == ReportKind.MONTHLY ? MONTH : QUARTER).matcher(code.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return new ReportPeriod(kind, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * kind.months() + 1, 1);
  }

  /** The first day after the period. */
  public LocalDate end() {
    return start().plusMonths(kind.months());
  }

  public ReportPeriod previous() {
    return kind.periodOf(start().minusDays(1));
  }

  public ReportPeriod next() {
    return kind.periodOf(end());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && day.isBefore(end());
  }

  /** {@code 2026-11}, {@code 2026-Q4}. */
  public String code() {
    return kind == ReportKind.MONTHLY
        ? String.format("%04d-%02d", year, number)
        : year + "-Q" + number;
  }

  @Override
  public String toString() {
    return code();
  }
}
