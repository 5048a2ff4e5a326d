package cn.autogov.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Supplies {@code db.password} for the embedded database: a random password generated at the first
 * start of an installation and kept in {@code <data dir>/embedded-db-password} (owner-only), so no
 * two installations share one and none is written in the shipped configuration. Its ordinal is
 * below every other source: {@code DB_PASSWORD} in the environment (any database server) always
 * wins.
 */
public class EmbeddedDatabasePassword implements org.eclipse.microprofile.config.spi.ConfigSource {

  static final String KEY = "db.password";
  static final String FILE = "embedded-db-password";
  private static final int ORDINAL = 50;

  private final Path dataDir;
  private volatile String password;

  public EmbeddedDatabasePassword() {
    this(Path.of(dataDirSetting()));
  }

  EmbeddedDatabasePassword(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
  }

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, getValue(KEY));
  }

  @Override
  public String getValue(String name) {
    if (!KEY.equals(name)) {
      return null;
    }
    if (password == null) {
      synchronized (this) {
        if (password == null) {
          password = readOrCreate();
        }
      }
    }
    return password;
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }

  @Override
  public String getName() {
    return "AutoGov embedded database password (" + dataDir.resolve(FILE) + ")";
  }

  private String readOrCreate() {
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
      }
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      OwnerOnlyFiles.write(file, generated);
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the embedded database password in " + file, e);
    }
  }

  /** The same setting as {@code autogov.data.dir}, read before MicroProfile Config is complete. */
  private static String dataDirSetting() {
    String value = System.getProperty("autogov.data.dir");
    if (value == null || value.isBlank()) {
      value = System.getenv("AUTOGOV_DATA_DIR");
    }
    return value == null || value.isBlank() ? "autogov-data" : value;
  }
}
