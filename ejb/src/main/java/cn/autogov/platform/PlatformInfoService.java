package cn.autogov.platform;

import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Name, version and readiness of the platform, for partner systems' connectivity checks and the
 * portal.
 */
@Stateless
@PermitAll
public class PlatformInfoService {

  static final String NAME = "AutoGov 机动车企业政务服务平台";
  private static final String VERSION = loadVersion();

  @Inject SchemaMigration migration;

  @Inject PlatformSettings settings;

  public PlatformInfo info() {
    return new PlatformInfo(
        NAME,
        VERSION,
        settings.mode().name().toLowerCase(java.util.Locale.ROOT),
        java.time.OffsetDateTime.now(BusinessTime.clock()),
        migration.isMigrated());
  }

  private static String loadVersion() {
    var props = new Properties();
    try (var in = PlatformInfoService.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version", "unknown");
  }
}
