package cn.autogov.ekey.domain;

import cn.autogov.kernel.Checks;
import java.util.regex.Pattern;

/**
 * 登录系统用户名 (seed 004 §1): chosen by the enterprise, upper-case English letters, at most eight. Typed
 * lower-case it is taken upper-case; anything else is named.
 */
public final class UserNames {

  public static final int MOST = 8;

  private static final Pattern RULE = Pattern.compile("[A-Z]{1," + MOST + "}");

  private UserNames() {}

  /** The user name as kept, or null with the problem added under {@code field}. */
  public static String check(String field, String typed, Checks checks) {
    String v = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
    if (v.isEmpty()) {
      checks.add(field, "input.required");
      return null;
    }
    if (v.length() > MOST) {
      checks.add(field, "ekey.user-name-long", "max", MOST);
      return null;
    }
    if (!RULE.matcher(v).matches()) {
      checks.add(field, "ekey.user-name-letters");
      return null;
    }
    return v;
  }
}
