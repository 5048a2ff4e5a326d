package cn.autogov.identity.domain;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.Verdict;
import java.util.regex.Pattern;

/** 证件类型: the identity documents real-name verification accepts. */
public enum IdType {
  /** 居民身份证: checked with the citizen-ID rules (check digit, birth date, division). */
  RESIDENT_ID,
  /** 港澳居民来往内地通行证 */
  HK_MACAO_PERMIT,
  /** 台湾居民来往大陆通行证 */
  TAIWAN_PERMIT,
  /** 护照 */
  PASSPORT,
  /** 外国人永久居留身份证 */
  FOREIGN_PERMANENT;

  private static final Pattern OTHER = Pattern.compile("[A-Z0-9]{5,20}");

  /**
   * A document number checked by its type ({@code type}: a constant's name): problems under {@code
   * field}; the normalised number, or the number as typed when it is wrong (or no type is chosen).
   */
  public static String checked(Checks checks, String field, String type, String number) {
    if (type == null || number == null || number.isBlank()) {
      return number;
    }
    IdType t = valueOf(type);
    if (t == RESIDENT_ID) {
      String n = checks.identifier(field, IdentifierKind.CITIZEN_ID, number);
      return n == null ? number : n;
    }
    String n = t.normalise(number);
    if (n == null) {
      checks.add(field, "realname.id-number-format");
      return number;
    }
    return n;
  }

  /**
   * Checks and normalises a document number: resident IDs by the national rules (#3), other
   * documents as 5–20 letters and digits.
   *
   * @return the normalised number, or null when it is not a valid number of this type
   */
  public String normalise(String number) {
    if (number == null) {
      return null;
    }
    if (this == RESIDENT_ID) {
      Verdict v = IdentifierKind.CITIZEN_ID.check(number);
      return v.isValid() ? v.normalised() : null;
    }
    String n = number.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
    return OTHER.matcher(n).matches() ? n : null;
  }
}
