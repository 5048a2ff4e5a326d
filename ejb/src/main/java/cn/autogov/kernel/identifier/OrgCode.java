package cn.autogov.kernel.identifier;

/** 组织机构代码 (GB 11714). */
public final class OrgCode extends Identifier {

  private static final long serialVersionUID = 1L;

  private OrgCode(String value, boolean reviewed) {
    super(IdentifierKind.ORG_CODE, value, reviewed);
  }

  /** A value as stored or exchanged (already normalised). */
  public static OrgCode of(String value) {
    return new OrgCode(value, false);
  }

  /** What a person typed: normalised, then checked. */
  public static OrgCode parse(String typed) {
    return of(Normaliser.normalise(IdentifierKind.ORG_CODE, typed));
  }

  /** A value a reviewer confirmed although its rules ask for review. */
  public static OrgCode reviewed(String value) {
    return new OrgCode(value, true);
  }
}
