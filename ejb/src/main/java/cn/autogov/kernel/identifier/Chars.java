package cn.autogov.kernel.identifier;

/** Small helpers the rules share. */
final class Chars {

  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The common first stage: exact length, then digits and upper-case letters only; every problem is
   * added. True when both hold.
   */
  static boolean lengthAndAlphanumeric(
      String value, int length, java.util.List<cn.autogov.kernel.Problem> problems) {
    if (value.length() != length) {
      problems.add(
          cn.autogov.kernel.Problem.error(
              "identifier.length", "length", value.length(), "expected", length));
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!isDigit(c) && !isUpperLetter(c)) {
        problems.add(
            cn.autogov.kernel.Problem.error(
                "identifier.illegal-char", "position", i + 1, "char", show(c)));
        ok = false;
      }
    }
    return ok;
  }

  /** How a character is shown in a message: printable as itself, else as U+XXXX. */
  static String show(int c) {
    return c > 32 && c != 127 && !Character.isISOControl(c)
        ? new String(Character.toChars(c))
        : String.format("U+%04X", c);
  }

  /** ISO 7064 MOD 11-2 check character of the first 17 digits (citizen ID numbers). */
  static char mod11x2(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * CITIZEN_WEIGHTS[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  private static final int[] CITIZEN_WEIGHTS = {
    7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
  };

  /** Province prefixes of GB/T 2260 (and 83 for Taiwan residents' permits). */
  static boolean isProvincePrefix(int p) {
    return (p >= 11 && p <= 15)
        || (p >= 21 && p <= 23)
        || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46)
        || (p >= 50 && p <= 54)
        || (p >= 61 && p <= 65)
        || p == 71
        || p == 81
        || p == 82
        || p == 83;
  }
}
