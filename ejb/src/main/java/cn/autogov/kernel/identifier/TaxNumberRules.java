package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * 税务登记证号 as the tax authorities issued it before the credit code: 15 characters — the division code
 * (6 digits, a known province) and the enterprise's organisation code (9, its GB 11714 check
 * character holding) —, or the 18-character credit code itself (三证合一), or, for a sole proprietor,
 * the owner's 18-character citizen ID number and two more digits (20). Each form is checked by its
 * own rules.
 */
final class TaxNumberRules {

  private TaxNumberRules() {}

  static List<Problem> check(String value) {
    return switch (value.length()) {
      case 15 -> fifteen(value);
      case 18 -> UsccRules.check(value);
      case 20 -> twenty(value);
      default -> {
        List<Problem> p = new ArrayList<>();
        p.add(Problem.error("tax-number.length", "length", value.length()));
        yield p;
      }
    };
  }

  private static List<Problem> fifteen(String value) {
    List<Problem> problems = new ArrayList<>();
    if (!Chars.allDigits(value, 0, 6)
        || !Chars.isProvincePrefix(Integer.parseInt(value.substring(0, 2)))) {
      problems.add(Problem.error("tax-number.region", "region", value.substring(0, 6)));
      return problems;
    }
    for (Problem p : OrgCodeRules.check(value.substring(6))) {
      var params = new java.util.LinkedHashMap<String, Object>(p.params());
      params.computeIfPresent("position", (k, v) -> (Integer) v + 6); // of the whole number
      problems.add(new Problem(p.severity(), p.key(), params));
    }
    return problems;
  }

  private static List<Problem> twenty(String value) {
    List<Problem> problems = new ArrayList<>(CitizenIdRules.check(value.substring(0, 18)));
    if (!Chars.allDigits(value, 18, 20)) {
      problems.add(Problem.error("tax-number.suffix", "suffix", value.substring(18)));
    }
    return problems;
  }
}
