package cn.autogov.identity.verification;

/** What a code proves; a code for one purpose never serves another. */
public enum Purpose {
  REGISTRATION,
  LOGIN,
  PHONE_CHANGE,
  PASSWORD_RESET
}
