package cn.autogov.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders domain messages ({@code ValidationMessages}, Chinese first, English when asked) with
 * named parameters: {@code {field}}, {@code {position}}, {@code {char}}, ... The same texts serve
 * the portal, REST and SOAP.
 */
public final class DomainText {

  public static final String BUNDLE = "ValidationMessages";

  private DomainText() {}

  /** Chinese for anything that is not English. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage())
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }

  public static String text(Locale locale, String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** A problem's message naming the field (or material slot) it is about. */
  public static String render(Locale locale, Problem problem, String fieldLabel) {
    var params = new java.util.HashMap<String, Object>(problem.params());
    params.put("field", fieldLabel);
    return render(locale, problem.key(), params);
  }

  /** A form field's label ({@code field.<name>}), as messages name it. */
  public static String fieldLabel(Locale locale, String field) {
    var cell = CELL.matcher(field == null ? "" : field);
    if (cell.matches()) {
      return render(
          locale,
          "field.cell",
          Map.of(
              "table", text(locale, "field." + cell.group(1)),
              "row", Integer.parseInt(cell.group(2)) + 1,
              "column", text(locale, "field." + cell.group(1) + "." + cell.group(3))));
    }
    var slot = SLOT.matcher(field == null ? "" : field);
    if (slot.matches()) {
      return render(
          locale,
          "field.slotFor",
          Map.of("slot", text(locale, "field." + slot.group(1)), "of", slot.group(2)));
    }
    return text(locale, "field." + field);
  }

  /**
   * A material slot a form's content asks for, as checklists name it: {@code nevEvidence-<VIN>}
   * (the slot's code, a dash, what it is for).
   */
  private static final java.util.regex.Pattern SLOT =
      java.util.regex.Pattern.compile("([A-Za-z]\\w*)-([A-Z0-9]+)");

  /** A table's cell as forms name it: {@code branches.0.name} (rows counted from 0). */
  private static final java.util.regex.Pattern CELL =
      java.util.regex.Pattern.compile("(\\w+)\\.(\\d{1,4})\\.(\\w+)");

  /** A field problem's message, naming its field. */
  public static String render(Locale locale, InputRejectedException.FieldProblem p) {
    return render(locale, p.problem(), fieldLabel(locale, p.field()));
  }

  public static String render(Locale locale, RefusedException e) {
    return render(locale, e.key(), e.params());
  }

  /**
   * Times as people read them: {@code 2026-12-04 16:30:05}, never {@code 2026-12-04T16:30:05.123}.
   */
  public static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A message parameter shown by its label's text in the reader's language. */
  public record Label(String key) implements java.io.Serializable {}

  private static Object shown(Locale locale, Object value) {
    if (value instanceof Label l) {
      return text(locale, l.key());
    }
    if (value instanceof RefusedException e) { // a refusal quoted in another's message
      return render(locale, e);
    }
    if (value instanceof InputRejectedException e) { // its field problems, each naming its field
      return e.problems().stream()
          .map(p -> render(locale, p))
          .collect(
              java.util.stream.Collectors.joining("en".equals(locale.getLanguage()) ? "; " : "；"));
    }
    return value instanceof java.time.LocalDateTime t ? TIME.format(t) : value;
  }

  public static String render(Locale locale, String key, Map<String, ?> params) {
    String template = text(locale, key);
    if (template.indexOf('{') < 0) {
      return template;
    }
    var sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        sb.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      sb.append(template, i, open);
      Object value = params.get(name);
      sb.append(value != null ? shown(locale, value) : template.substring(open, close + 1));
      i = close + 1;
    }
    return sb.toString();
  }

  /** The language SMS and email go out in. */
  public static final Locale MESSAGES = Locale.SIMPLIFIED_CHINESE;

  /**
   * An SMS or email text ({@code sms.*} in the domain bundle, with its named parameters), in the
   * language messages go out in.
   */
  public static String message(String key, Map<String, ?> params) {
    return render(MESSAGES, key, params);
  }
}
