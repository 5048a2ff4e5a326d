package cn.autogov.kernel.identifier;

/** What a check concludes. */
public enum Outcome {
  /** Passes every rule (warnings may still be attached). */
  VALID,
  /** Breaks a rule: refused. */
  INVALID,
  /**
   * Breaks a rule that legitimate old values also break: a person must look (pilot credit codes,
   * old VINs).
   */
  REVIEW
}
