package cn.autogov.exchange.domain;

import java.util.Locale;

/**
 * The stable codes of the declared {@code ExchangeFault} (the XSD's FaultCode): what a partner's
 * program branches on. Each has a message key {@code exchange.<code in lower case with dashes>}
 * whose Chinese and English texts go with it.
 */
public enum FaultCode {
  INVALID_REQUEST,
  UNKNOWN_ENTERPRISE,
  UNKNOWN_FILING,
  NOT_AUTHENTICATED,
  NOT_AUTHORISED,
  RATE_LIMITED,
  IDEMPOTENCY_MISMATCH,
  /** What the call asks contradicts what the platform holds (a refusal of an opened system). */
  CONFLICT,
  UNAVAILABLE;

  public String messageKey() {
    return "exchange." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The code of a refusal's message key: a code's key, or a more precise text under it ({@code
   * exchange.unknown-filing.opening}); any other {@code exchange.*} text is an invalid request; a
   * key from elsewhere is an internal matter, UNAVAILABLE.
   */
  public static FaultCode ofKey(String key) {
    for (FaultCode c : values()) {
      if (c.messageKey().equals(key) || key != null && key.startsWith(c.messageKey() + ".")) {
        return c;
      }
    }
    return key != null && key.startsWith("exchange.") ? INVALID_REQUEST : UNAVAILABLE;
  }
}
