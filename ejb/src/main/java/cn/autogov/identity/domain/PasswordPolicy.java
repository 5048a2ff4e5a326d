package cn.autogov.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password rule of the government service platform (seed 002): 9–16 characters, letters and
 * digits and special characters mixed, no white space; we add: not a well-known password and not
 * containing the login name.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 9;
  public static final int MAX_LENGTH = 16;

  /** A broken rule; {@link #key()} names its message in the {@code ValidationMessages} bundle. */
  public enum Problem {
    REQUIRED,
    LENGTH,
    WHITESPACE,
    COMPOSITION,
    COMMON,
    CONTAINS_LOGIN_NAME;

    public String key() {
      return "password." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordPolicy() {}

  /**
   * Every rule the password breaks, in the order a user should fix them; empty when it is
   * acceptable.
   */
  public static List<Problem> check(String password, String loginName) {
    List<Problem> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add(Problem.REQUIRED);
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      problems.add(Problem.LENGTH);
    }
    if (password.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      problems.add(Problem.WHITESPACE);
    }
    boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
    boolean special =
        password.chars().anyMatch(c -> c > 32 && c < 127 && !Character.isLetterOrDigit(c));
    boolean onlyAscii = password.chars().allMatch(c -> c > 32 && c < 127);
    if (!letter || !digit || !special || !onlyAscii) {
      problems.add(Problem.COMPOSITION);
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      problems.add(Problem.COMMON);
    }
    if (loginName != null
        && loginName.length() >= 3
        && password.toLowerCase(Locale.ROOT).contains(loginName.toLowerCase(Locale.ROOT))) {
      problems.add(Problem.CONTAINS_LOGIN_NAME);
    }
    return problems;
  }

  private static Set<String> load(String resource) {
    var in = PasswordPolicy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing " + resource);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
