package cn.autogov.ws.exchange;

import com.sun.xml.wss.impl.callback.TimestampValidationCallback;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The freshness of every SOAP contract's WS-Security timestamp (named in each endpoint's WSIT
 * policy), by Metro's rules: not created ahead of now by more than the clock skew, not older than
 * the skew plus the freshness limit, not expired. Metro's own validator builds two
 * SimpleDateFormats per message (a fortieth of a SOAP call's CPU); this one parses with java.time.
 */
public class ClientTimestampValidator implements TimestampValidationCallback.TimestampValidator {

  @Override
  public void validate(TimestampValidationCallback.Request request)
      throws TimestampValidationCallback.TimestampValidationException {
    if (!(request instanceof TimestampValidationCallback.UTCTimestampRequest utc)) {
      throw new TimestampValidationCallback.TimestampValidationException(
          "unsupported timestamp request");
    }
    check(
        utc.getCreated(),
        utc.getExpired(),
        utc.getMaxClockSkew(),
        utc.getTimestampFreshnessLimit(),
        Instant.now());
  }

  /** The rules, with the time they are checked at. */
  static void check(String created, String expires, long skewMillis, long freshMillis, Instant now)
      throws TimestampValidationCallback.TimestampValidationException {
    Instant c = instant(created, "Created");
    if (c.isAfter(now.plusMillis(skewMillis))) {
      throw new TimestampValidationCallback.TimestampValidationException(
          "the timestamp is created ahead of the current time");
    }
    if (c.isBefore(now.minusMillis(skewMillis + freshMillis))) {
      throw new TimestampValidationCallback.TimestampValidationException(
          "the timestamp is older than the freshness limit");
    }
    if (expires != null) {
      Instant e = instant(expires, "Expires");
      if (e.isBefore(now.minusMillis(skewMillis))) {
        throw new TimestampValidationCallback.TimestampValidationException(
            "the message has expired");
      }
    }
  }

  private static Instant instant(String text, String element)
      throws TimestampValidationCallback.TimestampValidationException {
    try {
      return OffsetDateTime.parse(text == null ? "" : text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new TimestampValidationCallback.TimestampValidationException(
          "wsu:" + element + " is not a UTC time: " + text);
    }
  }
}
