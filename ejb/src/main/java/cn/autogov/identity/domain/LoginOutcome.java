package cn.autogov.identity.domain;

/** What a login attempt came to. */
public enum LoginOutcome {
  SUCCESS,
  WRONG_CREDENTIALS,
  LOCKED,
  DISABLED,
  /** The password was right; the SMS code was wrong, expired or used. */
  WRONG_CODE
}
