package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 统一社会信用代码, GB 32100-2015: registration authority (1), organisation type (1), administrative
 * division (6 digits), embedded organisation code (9, GB 11714), check character (1, mod 31 over
 * the 31-symbol alphabet without I O S V Z).
 *
 * <p>Policy for check failures: a wrong 18th character is an error when anything else is wrong too;
 * when everything else is consistent it needs manual review, because codes issued in the pilot
 * years before the standard (e.g. Fujian's {@code 91350100M0001TGQXM}) exist and fail it. A wrong
 * embedded organisation-code check (17th) with a right 18th also needs review: all real codes seen
 * pass it, but the standard does not make it a rejection ground.
 */
final class UsccRules {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String EXCLUDED = "IOSVZ";
  private static final int[] WEIGHTS = new int[17];

  static {
    int w = 1;
    for (int i = 0; i < 17; i++) {
      WEIGHTS[i] = w;
      w = w * 3 % 31;
    }
  }

  /** Registration authority → organisation types it may register. */
  private static final Map<Character, String> TYPES =
      Map.ofEntries(
          Map.entry('1', "1239"),
          Map.entry('2', "19"),
          Map.entry('3', "123459"),
          Map.entry('4', "19"),
          Map.entry('5', "1239"),
          Map.entry('6', "129"),
          Map.entry('7', "129"),
          Map.entry('8', "19"),
          Map.entry('9', "123"),
          Map.entry('A', "19"),
          Map.entry('N', "1239"),
          Map.entry('Y', "1"));

  private UsccRules() {}

  static List<Problem> check(String code) {
    List<Problem> problems = new ArrayList<>();
    if (code.length() != 18) {
      problems.add(Problem.error("identifier.length", "length", code.length(), "expected", 18));
      return problems;
    }
    for (int i = 0; i < 18; i++) {
      char c = code.charAt(i);
      if (EXCLUDED.indexOf(c) >= 0) {
        problems.add(Problem.error("uscc.excluded-letter", "position", i + 1, "char", c));
      } else if (ALPHABET.indexOf(c) < 0) {
        problems.add(
            Problem.error("identifier.illegal-char", "position", i + 1, "char", Chars.show(c)));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    char authority = code.charAt(0);
    String types = TYPES.get(authority);
    if (types == null) {
      problems.add(Problem.error("uscc.authority", "char", authority));
    } else if (types.indexOf(code.charAt(1)) < 0) {
      problems.add(Problem.error("uscc.type", "char", code.charAt(1), "authority", authority));
    }
    if (!Chars.allDigits(code, 2, 8)) {
      problems.add(Problem.error("uscc.division"));
    } else {
      int province = Integer.parseInt(code.substring(2, 4));
      if (province != 10 && !Chars.isProvincePrefix(province)) {
        problems.add(Problem.error("uscc.division-province", "province", code.substring(2, 4)));
      }
    }
    char orgCheck = code.charAt(16);
    if ((Chars.isDigit(orgCheck) || orgCheck == 'X')
        && orgCheck != OrgCodeRules.checkChar(code.substring(8, 16))) {
      problems.add(Problem.review("uscc.org-check"));
    } else if (!Chars.isDigit(orgCheck) && orgCheck != 'X') {
      problems.add(Problem.review("uscc.org-check"));
    }
    if (code.charAt(17) != checkChar(code)) {
      problems.add(
          problems.isEmpty()
              ? Problem.review("uscc.check-review")
              : Problem.error("uscc.check", "char", code.charAt(17)));
    }
    return problems;
  }

  static char checkChar(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
