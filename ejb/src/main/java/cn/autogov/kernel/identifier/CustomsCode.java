package cn.autogov.kernel.identifier;

/** 海关注册编码 (10 characters). */
public final class CustomsCode extends Identifier {

  private static final long serialVersionUID = 1L;

  private CustomsCode(String value, boolean reviewed) {
    super(IdentifierKind.CUSTOMS_CODE, value, reviewed);
  }

  /** A value as stored or exchanged (already normalised). */
  public static CustomsCode of(String value) {
    return new CustomsCode(value, false);
  }

  /** What a person typed: normalised, then checked. */
  public static CustomsCode parse(String typed) {
    return of(Normaliser.normalise(IdentifierKind.CUSTOMS_CODE, typed));
  }

  /** A value a reviewer confirmed although its rules ask for review. */
  public static CustomsCode reviewed(String value) {
    return new CustomsCode(value, true);
  }
}
