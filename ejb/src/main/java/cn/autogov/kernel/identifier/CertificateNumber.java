package cn.autogov.kernel.identifier;

/** 合格证编号 (14 characters). */
public final class CertificateNumber extends Identifier {

  private static final long serialVersionUID = 1L;

  private CertificateNumber(String value, boolean reviewed) {
    super(IdentifierKind.CERTIFICATE_NUMBER, value, reviewed);
  }

  /** A value as stored or exchanged (already normalised). */
  public static CertificateNumber of(String value) {
    return new CertificateNumber(value, false);
  }

  /** What a person typed: normalised, then checked. */
  public static CertificateNumber parse(String typed) {
    return of(Normaliser.normalise(IdentifierKind.CERTIFICATE_NUMBER, typed));
  }

  /** A value a reviewer confirmed although its rules ask for review. */
  public static CertificateNumber reviewed(String value) {
    return new CertificateNumber(value, true);
  }

  /** The enterprise's certificate code (first 4 characters). */
  public String enterpriseCode() {
    return value().substring(0, 4);
  }
}
