package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * 车辆识别代号, GB 16735-2019 (ISO 3779): 17 characters from 0-9 A-Z without I, O, Q; check digit at
 * position 9 (transliteration, weights 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, mod 11, 10 written X).
 *
 * <p>Policies: the check digit is mandatory (GB 16735 is a mandatory standard); a European VIN with
 * a filler in position 9 is refused. A wrong check digit on a vehicle of a foreign manufacturer
 * (WMI not starting with L or H: imported, often old vehicles whose origin did not compute it)
 * needs manual review instead of refusal. A position 10 that is no model-year code (U, Z, 0) is a
 * warning only.
 */
final class VinRules {

  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

  private VinRules() {}

  static List<Problem> check(String vin) {
    List<Problem> problems = new ArrayList<>();
    if (vin.length() != 17) {
      problems.add(Problem.error("identifier.length", "length", vin.length(), "expected", 17));
      return problems;
    }
    for (int i = 0; i < 17; i++) {
      char c = vin.charAt(i);
      if (c == 'I' || c == 'O' || c == 'Q') {
        problems.add(Problem.error("vin.excluded-letter", "position", i + 1, "char", c));
      } else if (!Chars.isDigit(c) && !Chars.isUpperLetter(c)) {
        problems.add(
            Problem.error("identifier.illegal-char", "position", i + 1, "char", Chars.show(c)));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    char check = vin.charAt(8);
    if (!Chars.isDigit(check) && check != 'X') {
      problems.add(Problem.error("vin.check-position", "char", check));
      return problems;
    }
    if (check != checkDigit(vin)) {
      boolean domestic = vin.charAt(0) == 'L' || vin.charAt(0) == 'H';
      problems.add(
          domestic
              ? Problem.error("vin.check", "char", check)
              : Problem.review("vin.check-review", "char", check));
    }
    if (YEAR_CODES.indexOf(vin.charAt(9)) < 0) {
      problems.add(Problem.warning("vin.year-code", "char", vin.charAt(9)));
    }
    return problems;
  }

  static char checkDigit(String vin) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += value(vin.charAt(i)) * WEIGHTS[i];
    }
    int r = sum % 11;
    return r == 10 ? 'X' : (char) ('0' + r);
  }

  private static int value(char c) {
    return Chars.isDigit(c) ? c - '0' : TRANSLITERATION.charAt(c - 'A') - '0';
  }

  /** A1 B2 C3 D4 E5 F6 G7 H8 (I) J1 K2 L3 M4 N5 (O) P7 (Q) R9 S2 T3 U4 V5 W6 X7 Y8 Z9. */
  private static final String TRANSLITERATION = "12345678012345070923456789";
}
