package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mainland mobile numbers (11 digits, 1 then 3–9) and email addresses (a practical subset of RFC
 * 5321).
 */
final class ContactRules {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  private ContactRules() {}

  static List<Problem> checkMobile(String mobile) {
    List<Problem> problems = new ArrayList<>();
    if (!MOBILE.matcher(mobile).matches()) {
      problems.add(Problem.error("mobile.format"));
    }
    return problems;
  }

  static List<Problem> checkEmail(String email) {
    List<Problem> problems = new ArrayList<>();
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(Problem.error("email.format"));
    }
    return problems;
  }
}
