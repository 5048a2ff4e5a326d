package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * 工商营业执照注册号 (GS 15-2006), the business licence number before the credit code: 15 digits — the
 * registering authority's 6-digit division code, an 8-digit sequence, and a check digit by ISO 7064
 * MOD 11,10 (GB/T 17710): {@code p = 10; for each digit d: s = (p + d) mod 10, 10 if 0; p = 2s mod
 * 11}; the check digit c makes {@code (p + c) mod 10 = 1}.
 */
final class LicenceNumberRules {

  private LicenceNumberRules() {}

  static List<Problem> check(String value) {
    List<Problem> problems = new ArrayList<>();
    if (value.length() != 15) {
      problems.add(Problem.error("identifier.length", "length", value.length(), "expected", 15));
      return problems;
    }
    for (int i = 0; i < 15; i++) {
      if (!Chars.isDigit(value.charAt(i))) {
        problems.add(
            Problem.error(
                "licence-number.digits", "position", i + 1, "char", Chars.show(value.charAt(i))));
        return problems;
      }
    }
    if (!Chars.isProvincePrefix(Integer.parseInt(value.substring(0, 2)))) {
      problems.add(Problem.error("licence-number.region", "region", value.substring(0, 6)));
      return problems;
    }
    char expected = checkDigit(value);
    if (value.charAt(14) != expected) {
      problems.add(
          Problem.error(
              "licence-number.check", "char", Chars.show(value.charAt(14)), "expected", expected));
    }
    return problems;
  }

  /** The MOD 11,10 check digit of the first 14 digits. */
  static char checkDigit(String digits) {
    int p = 10;
    for (int i = 0; i < 14; i++) {
      int s = (p + digits.charAt(i) - '0') % 10;
      p = (s == 0 ? 10 : s) * 2 % 11;
    }
    return (char) ('0' + (11 - p) % 10);
  }
}
