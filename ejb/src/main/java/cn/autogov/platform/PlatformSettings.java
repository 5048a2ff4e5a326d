package cn.autogov.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Platform-wide settings; defaults in {@code autogov-config}, each overridable by environment
 * variable.
 */
@ApplicationScoped
public class PlatformSettings {

  /** How the platform runs: {@code demo} seeds demo users, {@code production} never has any. */
  public enum Mode {
    DEMO,
    PRODUCTION
  }

  @Inject
  @ConfigProperty(name = "autogov.mode", defaultValue = "demo")
  String mode;

  @Inject
  @ConfigProperty(name = "autogov.data.dir", defaultValue = "autogov-data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "autogov.demo.password")
  Optional<String> demoPassword;

  @Inject
  @ConfigProperty(name = "autogov.admin.initial-password")
  Optional<String> adminInitialPassword;

  @Inject
  @ConfigProperty(name = "autogov.instance.name", defaultValue = "autogov")
  String instanceName;

  public Mode mode() {
    return switch (mode.trim().toLowerCase()) {
      case "production", "prod" -> Mode.PRODUCTION;
      case "demo" -> Mode.DEMO;
      default ->
          throw new IllegalStateException(
              "autogov.mode (AUTOGOV_MODE) must be 'demo' or 'production', not '" + mode + "'");
    };
  }

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  public Optional<String> demoPassword() {
    return demoPassword.filter(p -> !p.isBlank());
  }

  public Optional<String> adminInitialPassword() {
    return adminInitialPassword.filter(p -> !p.isBlank());
  }

  public String instanceName() {
    return instanceName;
  }
}
