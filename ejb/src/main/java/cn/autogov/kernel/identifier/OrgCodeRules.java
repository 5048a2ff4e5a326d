package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * 组织机构代码, GB 11714-1997: 8 body characters (digits, upper-case letters) and a check character,
 * shown as {@code XXXXXXXX-X}. Check: weights 3 7 9 10 5 8 4 2, letters A=10..Z=35, {@code 11 - S
 * mod 11}, 10 written X and 11 written 0. Policy: the body range PDY00001–PDY99999 is reserved by
 * the standard for internal use and is refused for exchange between systems.
 */
final class OrgCodeRules {

  private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private OrgCodeRules() {}

  static List<Problem> check(String value) {
    List<Problem> problems = new ArrayList<>();
    String code = value;
    if (code.length() == 10 && code.charAt(8) == '-') {
      code = code.substring(0, 8) + code.charAt(9);
    }
    if (!Chars.lengthAndAlphanumeric(code, 9, problems)) {
      return problems;
    }
    char expected = checkChar(code);
    char actual = code.charAt(8);
    if (actual != expected) {
      problems.add(
          Problem.error("org-code.check", "char", Chars.show(actual), "expected", expected));
    } else if (code.startsWith("PDY")
        && Chars.allDigits(code, 3, 8)
        && !code.startsWith("PDY00000")) {
      problems.add(Problem.error("org-code.reserved"));
    }
    return problems;
  }

  /** The GB 11714 check character of an 8-character body (also position 17 of a credit code). */
  static char checkChar(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int v = Chars.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += v * WEIGHTS[i];
    }
    int c9 = 11 - sum % 11;
    return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
  }
}
