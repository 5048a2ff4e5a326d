package cn.autogov.kernel.identifier;

/** 车辆识别代号 (GB 16735). */
public final class Vin extends Identifier {

  private static final long serialVersionUID = 1L;

  private Vin(String value, boolean reviewed) {
    super(IdentifierKind.VIN, value, reviewed);
  }

  /** A value as stored or exchanged (already normalised). */
  public static Vin of(String value) {
    return new Vin(value, false);
  }

  /** What a person typed: normalised, then checked. */
  public static Vin parse(String typed) {
    return of(Normaliser.normalise(IdentifierKind.VIN, typed));
  }

  /** A value a reviewer confirmed although its rules ask for review. */
  public static Vin reviewed(String value) {
    return new Vin(value, true);
  }

  /** The world manufacturer identifier (positions 1-3). */
  public String wmi() {
    return value().substring(0, 3);
  }

  /**
   * The 17 characters with position 9 made the GB 16735 check digit of the others (test data, demo
   * data: a VIN that passes the rules).
   */
  public static String withCheckDigit(String seventeen) {
    var b = new StringBuilder(seventeen);
    b.setCharAt(8, '0');
    b.setCharAt(8, VinRules.checkDigit(b.toString()));
    return b.toString();
  }
}
