package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * 海关注册编码 (10 characters, no check digit): region (4 digits, GB/T 2260 province + city), economic
 * zone (1 经济特区, 2 经济技术开发区, 3 高新区, 4 保税区, 5 出口加工区, 9 其他), enterprise type (1–9), sequence (4).
 * Structure only.
 *
 * <p>Policy: real codes reportedly carry letters in positions 5 and 6, so a letter there needs
 * review; an unknown digit is refused.
 */
final class CustomsCodeRules {

  private static final String ZONES = "123459";

  private CustomsCodeRules() {}

  static List<Problem> check(String code) {
    List<Problem> problems = new ArrayList<>();
    if (!Chars.lengthAndAlphanumeric(code, 10, problems)) {
      return problems;
    }
    if (!Chars.allDigits(code, 0, 4)
        || !Chars.isProvincePrefix(Integer.parseInt(code.substring(0, 2)))) {
      problems.add(Problem.error("customs-code.region"));
    }
    char zone = code.charAt(4);
    if (Chars.isUpperLetter(zone)) {
      problems.add(Problem.review("customs-code.zone-letter", "char", zone));
    } else if (ZONES.indexOf(zone) < 0) {
      problems.add(Problem.error("customs-code.zone", "char", zone));
    }
    char type = code.charAt(5);
    if (Chars.isUpperLetter(type)) {
      problems.add(Problem.review("customs-code.type-letter", "char", type));
    } else if (type == '0') {
      problems.add(Problem.error("customs-code.type", "char", type));
    }
    return problems;
  }
}
