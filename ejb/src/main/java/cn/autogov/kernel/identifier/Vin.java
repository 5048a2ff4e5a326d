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
}
