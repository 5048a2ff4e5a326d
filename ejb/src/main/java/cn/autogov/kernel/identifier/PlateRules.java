package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * 号牌号码, GA 36-2018, as printed without the separator dot: province abbreviation + issuing letter +
 * serial. Ordinary: 5 digits or letters (no I, O), at most 2 letters. Small NEV: D/F + 1
 * letter-or-digit + 4 digits. Large NEV: 5 digits + D/F. Trailer 挂, coach 学, police 警, consulate 领:
 * 4 characters + the suffix. Hong Kong and Macao cross-border: 粤Z + 4 characters + 港/澳. Embassy: 使
 * + 6 digits.
 *
 * <p>Policy: the widened NEV letters (A B C E for battery-electric, G H J K for others) that many
 * libraries accept are not in a notice we could read: such plates need manual review, other letters
 * in those slots are refused.
 */
final class PlateRules {

  static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final String SUFFIXES = "挂学警领港澳";
  private static final String NEV = "DF";
  private static final String NEV_WIDENED = "ABCEGHJK";

  private PlateRules() {}

  static List<Problem> check(String plate) {
    List<Problem> problems = new ArrayList<>();
    if (plate.isEmpty()) {
      problems.add(Problem.error("identifier.length", "length", 0, "expected", 7));
      return problems;
    }
    if (plate.charAt(0) == '使') {
      if (plate.length() != 7 || !Chars.allDigits(plate, 1, 7)) {
        problems.add(Problem.error("plate.embassy"));
      }
      return problems;
    }
    if (PROVINCES.indexOf(plate.charAt(0)) < 0) {
      problems.add(Problem.error("plate.province", "char", Chars.show(plate.charAt(0))));
      return problems;
    }
    if (plate.length() < 7 || plate.length() > 8) {
      problems.add(Problem.error("plate.length", "length", plate.length()));
      return problems;
    }
    char issuer = plate.charAt(1);
    if (!Chars.isUpperLetter(issuer) || issuer == 'I' || issuer == 'O') {
      problems.add(Problem.error("plate.issuer", "char", Chars.show(issuer)));
      return problems;
    }
    String serial = plate.substring(2);
    for (int i = 0; i < serial.length(); i++) {
      char c = serial.charAt(i);
      boolean suffix = i == serial.length() - 1 && SUFFIXES.indexOf(c) >= 0;
      if (c == 'I' || c == 'O') {
        problems.add(Problem.error("plate.excluded-letter", "position", i + 3, "char", c));
      } else if (!suffix && !Chars.isDigit(c) && !Chars.isUpperLetter(c)) {
        problems.add(
            Problem.error("identifier.illegal-char", "position", i + 3, "char", Chars.show(c)));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    char last = serial.charAt(serial.length() - 1);
    if (SUFFIXES.indexOf(last) >= 0) {
      checkSpecial(plate, serial, last, problems);
    } else if (serial.length() == 5) {
      if (serial.chars().filter(c -> Chars.isUpperLetter((char) c)).count() > 2) {
        problems.add(Problem.error("plate.ordinary-letters"));
      }
    } else {
      checkNev(serial, problems);
    }
    return problems;
  }

  private static void checkSpecial(
      String plate, String serial, char suffix, List<Problem> problems) {
    if (serial.length() != 5) {
      problems.add(Problem.error("plate.special-length", "suffix", suffix));
    } else if ((suffix == '港' || suffix == '澳') && !plate.startsWith("粤Z")) {
      problems.add(Problem.error("plate.cross-border", "suffix", suffix));
    }
  }

  /** 6-character serials are new-energy plates: D/F first (small) or last (large). */
  private static void checkNev(String serial, List<Problem> problems) {
    char first = serial.charAt(0);
    char last = serial.charAt(5);
    if (Chars.isDigit(last) && Chars.allDigits(serial, 2, 6) && Chars.isUpperLetter(first)) {
      if (NEV.indexOf(first) < 0) {
        problems.add(nevLetter(first, 3));
      }
    } else if (Chars.allDigits(serial, 0, 5) && Chars.isUpperLetter(last)) {
      if (NEV.indexOf(last) < 0) {
        problems.add(nevLetter(last, 8));
      }
    } else {
      problems.add(Problem.error("plate.nev-format"));
    }
  }

  private static Problem nevLetter(char c, int position) {
    return NEV_WIDENED.indexOf(c) >= 0
        ? Problem.review("plate.nev-widened", "position", position, "char", c)
        : Problem.error("plate.nev-letter", "position", position, "char", c);
  }
}
