package cn.autogov.kernel.identifier;

/** 统一社会信用代码 (GB 32100). */
public final class CreditCode extends Identifier {

  private static final long serialVersionUID = 1L;

  private CreditCode(String value, boolean reviewed) {
    super(IdentifierKind.USCC, value, reviewed);
  }

  /** A value as stored or exchanged (already normalised). */
  public static CreditCode of(String value) {
    return new CreditCode(value, false);
  }

  /** What a person typed: normalised, then checked. */
  public static CreditCode parse(String typed) {
    return of(Normaliser.normalise(IdentifierKind.USCC, typed));
  }

  /** A value a reviewer confirmed although its rules ask for review. */
  public static CreditCode reviewed(String value) {
    return new CreditCode(value, true);
  }

  /** The embedded 组织机构代码 (positions 9-17). */
  public String orgCode() {
    return value().substring(8, 17);
  }

  /** The registering authority's administrative division (positions 3-8). */
  public String regionCode() {
    return value().substring(2, 8);
  }
}
