package cn.autogov.kernel.identifier;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Problem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 公民身份号码, GB 11643-1999: 6-digit address code, birth date YYYYMMDD, 3-digit sequence, check
 * character (ISO 7064 MOD 11-2, 0-9 or X). Also the residence permits of Hong Kong, Macao and
 * Taiwan residents (81/82/83) and the foreigners' permanent-residence ID of 2023 (first digit 9,
 * same check).
 *
 * <p>Policies: only the 2-digit province prefix of the address code is checked (old county codes
 * stay in a person's number for life); the 15-digit numbers of GB 11643-1989 are refused with their
 * own message; birth dates before 1850 or in the future are refused; a permanent-residence number
 * whose birth-date part (positions 7–14, as announced; the layout is not confirmed by a standard we
 * could read) does not parse needs review.
 */
final class CitizenIdRules {

  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1850, 1, 1);

  private CitizenIdRules() {}

  static List<Problem> check(String id) {
    return check(id, BusinessTime.today());
  }

  static List<Problem> check(String id, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    if (id.length() == 15 && Chars.allDigits(id, 0, 15)) {
      problems.add(Problem.error("citizen-id.legacy15"));
      return problems;
    }
    if (id.length() != 18) {
      problems.add(Problem.error("identifier.length", "length", id.length(), "expected", 18));
      return problems;
    }
    for (int i = 0; i < 17; i++) {
      if (!Chars.isDigit(id.charAt(i))) {
        problems.add(
            Problem.error(
                "citizen-id.digits", "position", i + 1, "char", Chars.show(id.charAt(i))));
        return problems;
      }
    }
    char last = id.charAt(17);
    if (!Chars.isDigit(last) && last != 'X') {
      problems.add(Problem.error("citizen-id.last-char", "char", Chars.show(last)));
      return problems;
    }
    boolean permanentResidence = id.charAt(0) == '9';
    int province =
        Integer.parseInt(id.substring(permanentResidence ? 1 : 0, permanentResidence ? 3 : 2));
    if (!Chars.isProvincePrefix(province)) {
      problems.add(
          Problem.error("citizen-id.province", "province", String.format("%02d", province)));
    }
    String birth = id.substring(6, 14);
    LocalDate date = parse(birth);
    if (date == null) {
      problems.add(
          permanentResidence
              ? Problem.review("citizen-id.permanent-residence-layout")
              : Problem.error("citizen-id.birth-date", "date", birth));
    } else if (date.isAfter(today)) {
      problems.add(Problem.error("citizen-id.birth-future", "date", date.toString()));
    } else if (date.isBefore(EARLIEST_BIRTH)) {
      problems.add(Problem.error("citizen-id.birth-date", "date", birth));
    }
    if (last != Chars.mod11x2(id)) {
      problems.add(Problem.error("citizen-id.check", "char", last));
    }
    return problems;
  }

  private static LocalDate parse(String yyyymmdd) {
    try {
      return LocalDate.of(
          Integer.parseInt(yyyymmdd.substring(0, 4)),
          Integer.parseInt(yyyymmdd.substring(4, 6)),
          Integer.parseInt(yyyymmdd.substring(6, 8)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
