package cn.autogov.kernel.identifier;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a person types becomes what the rules check: full-width characters to half-width (NFKC, as
 * Chinese input methods produce them), white space removed, letters upper-cased, and per kind the
 * grouping characters people type (hyphens in credit codes and ID numbers, the plate's separator
 * dot, +86 before a mobile number). Confusable characters are never changed (O stays O, I stays I):
 * the rules name them instead.
 */
public final class Normaliser {

  private static final String PLATE_SEPARATORS = "·•・.-";

  private Normaliser() {}

  public static String normalise(IdentifierKind kind, String input) {
    if (input == null) {
      return "";
    }
    String s = Normalizer.normalize(input, Normalizer.Form.NFKC);
    var sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    s = sb.toString();
    return switch (kind) {
      case EMAIL -> lowerCaseDomain(s);
      case USCC, CITIZEN_ID -> s.replace("-", "").toUpperCase(Locale.ROOT);
      case PLATE -> strip(s, PLATE_SEPARATORS).toUpperCase(Locale.ROOT);
      case MOBILE -> mobile(s.replace("-", ""));
      default -> s.toUpperCase(Locale.ROOT);
    };
  }

  private static String strip(String s, String chars) {
    var sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> chars.indexOf(c) < 0).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String mobile(String s) {
    if (s.startsWith("+86")) {
      return s.substring(3);
    }
    if (s.startsWith("0086")) {
      return s.substring(4);
    }
    return s.length() == 13 && s.startsWith("86") ? s.substring(2) : s;
  }

  private static String lowerCaseDomain(String s) {
    int at = s.lastIndexOf('@');
    return at < 0 ? s : s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
