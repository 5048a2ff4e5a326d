package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * 合格证编号: 14 characters, upper-case letters and digits, starting with a letter; the first 4 are the
 * enterprise's (or group's) certificate code allocated by the certification centre. Which
 * enterprise a number belongs to is checked with {@link #belongsTo}.
 */
public final class CertificateNumberRules {

  private CertificateNumberRules() {}

  static List<Problem> check(String number) {
    List<Problem> problems = new ArrayList<>();
    if (Chars.lengthAndAlphanumeric(number, 14, problems)
        && !Chars.isUpperLetter(number.charAt(0))) {
      problems.add(Problem.error("certificate-number.first-letter"));
    }
    return problems;
  }

  /**
   * True when a (valid) certificate number starts with the enterprise's 4-character certificate
   * code.
   */
  public static boolean belongsTo(String number, String enterpriseCode) {
    return number != null && enterpriseCode != null && number.startsWith(enterpriseCode);
  }
}
