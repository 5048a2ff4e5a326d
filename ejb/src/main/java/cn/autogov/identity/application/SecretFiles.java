package cn.autogov.identity.application;

import cn.autogov.config.OwnerOnlyFiles;
import cn.autogov.platform.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Generated passwords, and the owner-only files in the data folder that hand them to the operator.
 */
@ApplicationScoped
public class SecretFiles {

  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIALS = "!@#%^*-_+=";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PlatformSettings settings;

  /** 14 random characters with letters, digits and specials: always passes the password policy. */
  public static String generatePassword() {
    var sb = new StringBuilder();
    String all = LETTERS + DIGITS + SPECIALS;
    sb.append(pick(LETTERS)).append(pick(DIGITS)).append(pick(SPECIALS));
    while (sb.length() < 14) {
      sb.append(pick(all));
    }
    for (int i = sb.length() - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char c = sb.charAt(i);
      sb.setCharAt(i, sb.charAt(j));
      sb.setCharAt(j, c);
    }
    return sb.toString();
  }

  Path write(String name, String content) {
    try {
      return OwnerOnlyFiles.write(settings.dataDir().resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " in the data folder", e);
    }
  }

  private static char pick(String chars) {
    return chars.charAt(RANDOM.nextInt(chars.length()));
  }
}
