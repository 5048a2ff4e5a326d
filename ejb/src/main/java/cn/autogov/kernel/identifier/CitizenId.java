package cn.autogov.kernel.identifier;

/** 公民身份号码 (GB 11643), also residence permits and permanent-residence IDs. */
public final class CitizenId extends Identifier {

  private static final long serialVersionUID = 1L;

  private CitizenId(String value, boolean reviewed) {
    super(IdentifierKind.CITIZEN_ID, value, reviewed);
  }

  /** A value as stored or exchanged (already normalised). */
  public static CitizenId of(String value) {
    return new CitizenId(value, false);
  }

  /** What a person typed: normalised, then checked. */
  public static CitizenId parse(String typed) {
    return of(Normaliser.normalise(IdentifierKind.CITIZEN_ID, typed));
  }

  /** A value a reviewer confirmed although its rules ask for review. */
  public static CitizenId reviewed(String value) {
    return new CitizenId(value, true);
  }

  /** The birth date (positions 7-14). */
  public java.time.LocalDate birthDate() {
    return java.time.LocalDate.parse(
        value().substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
  }
}
