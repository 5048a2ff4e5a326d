package cn.autogov.audit.application;

import cn.autogov.platform.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The one way to record without the audit trail: for the benchmark that measures what auditing
 * costs, in the same run. Nothing in the platform calls it; the benchmark's own bean does, and
 * production mode refuses it.
 */
@ApplicationScoped
public class AuditSwitch {

  private static final Logger LOG = Logger.getLogger(AuditSwitch.class.getName());

  @Inject PlatformSettings settings;

  private volatile boolean off;

  /** Switches auditing off (true) or on again; refused in production mode. */
  public void benchmarkWithoutAudit(boolean without) {
    if (without && settings.mode() == PlatformSettings.Mode.PRODUCTION) {
      throw new IllegalStateException("the audit trail cannot be switched off in production");
    }
    off = without;
    LOG.warning(() -> "audit trail " + (without ? "OFF for a benchmark" : "on again"));
  }

  public boolean isOff() {
    return off;
  }
}
