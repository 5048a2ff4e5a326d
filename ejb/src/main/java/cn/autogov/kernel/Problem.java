package cn.autogov.kernel;

import java.util.Map;

/**
 * One broken rule: a message key in {@code ValidationMessages} and its named parameters ({@code
 * {position}}, {@code {char}}, {@code {expected}}, ...; {@code {field}} is added when the message
 * is rendered).
 */
public record Problem(Severity severity, String key, Map<String, Object> params) {

  /** How much a problem weighs. */
  public enum Severity {
    ERROR,
    REVIEW,
    WARNING
  }

  public static Problem error(String key, Object... nameValuePairs) {
    return new Problem(Severity.ERROR, key, params(nameValuePairs));
  }

  public static Problem review(String key, Object... nameValuePairs) {
    return new Problem(Severity.REVIEW, key, params(nameValuePairs));
  }

  public static Problem warning(String key, Object... nameValuePairs) {
    return new Problem(Severity.WARNING, key, params(nameValuePairs));
  }

  private static Map<String, Object> params(Object... pairs) {
    var map = new java.util.LinkedHashMap<String, Object>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
