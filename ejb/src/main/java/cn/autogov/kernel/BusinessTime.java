package cn.autogov.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The platform's one clock for business dates and times: approval dates, validity, deadlines,
 * "today", and every time stamp shown or stored. Always in the business zone ({@code
 * AUTOGOV_TIME_ZONE}, Asia/Shanghai by default), whatever zone the server runs in: a filing
 * approved at 16:30 UTC on 4 December is approved on 5 December in Beijing.
 */
public final class BusinessTime {

  /** The zone of the platform's businesses unless configured otherwise. */
  public static final String DEFAULT_ZONE = "Asia/Shanghai";

  private static final Logger LOG = Logger.getLogger(BusinessTime.class.getName());

  private static volatile Clock clock = Clock.system(configuredZone());

  private BusinessTime() {}

  /** The business zone. */
  public static ZoneId zone() {
    return clock.getZone();
  }

  /** Today in the business zone. */
  public static LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Now, as a wall-clock time in the business zone. */
  public static LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** The clock itself, for code that takes one. */
  public static Clock clock() {
    return clock;
  }

  /** Tests only: runs the platform's business clock on {@code c} (null: the real one again). */
  public static void use(Clock c) {
    clock = c != null ? c : Clock.system(configuredZone());
  }

  private static ZoneId configuredZone() {
    String zone = null;
    try {
      zone =
          org.eclipse.microprofile.config.ConfigProvider.getConfig()
              .getOptionalValue("autogov.time-zone", String.class)
              .orElse(null);
    } catch (RuntimeException | LinkageError e) {
      // no MicroProfile Config here (a unit test): the environment, else the default
      zone = System.getenv("AUTOGOV_TIME_ZONE");
    }
    if (zone == null || zone.isBlank()) {
      return ZoneId.of(DEFAULT_ZONE);
    }
    try {
      return ZoneId.of(zone.strip());
    } catch (java.time.DateTimeException e) {
      String wrong = zone;
      LOG.warning(() -> "AUTOGOV_TIME_ZONE=" + wrong + " is no time zone: " + DEFAULT_ZONE);
      return ZoneId.of(DEFAULT_ZONE);
    }
  }
}
