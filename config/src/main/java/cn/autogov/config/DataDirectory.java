package cn.autogov.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * {@code autogov.data.dir} as an absolute path when an administrator set it by {@code -D} or {@code
 * AUTOGOV_DATA_DIR}: a relative folder is taken from the working directory (H2 refuses a relative
 * file URL, so {@code AUTOGOV_DATA_DIR=data} would otherwise stop the deployment). Unset, the
 * default of {@code microprofile-config.properties} applies: {@code ${user.dir}/autogov-data}.
 */
public class DataDirectory implements org.eclipse.microprofile.config.spi.ConfigSource {

  static final String KEY = "autogov.data.dir";

  /** Above system properties (400) and the environment (300), whose value it resolves. */
  private static final int ORDINAL = 450;

  @Override
  public Set<String> getPropertyNames() {
    return configured() == null ? Set.of() : Set.of(KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    String v = configured();
    return v == null ? Map.of() : Map.of(KEY, v);
  }

  @Override
  public String getValue(String name) {
    return KEY.equals(name) ? configured() : null;
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }

  @Override
  public String getName() {
    return "AutoGov data folder (absolute)";
  }

  /** The folder set by -D or the environment, made absolute; null when neither set one. */
  static String configured() {
    String value = System.getProperty(KEY);
    if (value == null || value.isBlank()) {
      value = System.getenv("AUTOGOV_DATA_DIR");
    }
    return value == null || value.isBlank()
        ? null
        : Path.of(value.strip()).toAbsolutePath().normalize().toString();
  }
}
