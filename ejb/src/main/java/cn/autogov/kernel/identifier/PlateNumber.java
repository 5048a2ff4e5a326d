package cn.autogov.kernel.identifier;

/** 号牌号码 (GA 36), without the separator dot. */
public final class PlateNumber extends Identifier {

  private static final long serialVersionUID = 1L;

  private PlateNumber(String value, boolean reviewed) {
    super(IdentifierKind.PLATE, value, reviewed);
  }

  /** A value as stored or exchanged (already normalised). */
  public static PlateNumber of(String value) {
    return new PlateNumber(value, false);
  }

  /** What a person typed: normalised, then checked. */
  public static PlateNumber parse(String typed) {
    return of(Normaliser.normalise(IdentifierKind.PLATE, typed));
  }

  /** A value a reviewer confirmed although its rules ask for review. */
  public static PlateNumber reviewed(String value) {
    return new PlateNumber(value, true);
  }

  /** The province abbreviation (first character), as the used-car record stores it apart. */
  public String province() {
    return value().substring(0, 1);
  }

  /** The 31 province abbreviations a plate begins with (the seed's drop-down), in GA 36's order. */
  public static java.util.List<String> provinces() {
    return PlateRules.PROVINCES.codePoints().mapToObj(Character::toString).toList();
  }
}
