package cn.autogov.filing.domain;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.IdentifierKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The values a user submitted for a form, read field by field into the form's typed columns. A
 * draft (暂存) may leave fields blank, but what is filled must be right; a complete form (保存, 上报)
 * needs every required field. Every problem names its field.
 */
public final class FormInput {

  private final Map<String, String> values;
  private final Checks checks;
  private final boolean complete;

  public FormInput(Map<String, String> values, Checks checks, boolean complete) {
    this.values = values == null ? Map.of() : values;
    this.checks = checks;
    this.complete = complete;
  }

  public boolean isComplete() {
    return complete;
  }

  public Checks checks() {
    return checks;
  }

  private String raw(String field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private boolean missing(String field, boolean required) {
    if (raw(field) != null) {
      return false;
    }
    if (required && complete) {
      checks.add(field, "input.required");
    }
    return true;
  }

  public String text(String field, int max, boolean required) {
    if (missing(field, required)) {
      return null;
    }
    return checks.optionalText(field, raw(field), max);
  }

  public String choice(String field, List<String> options, boolean required) {
    if (missing(field, required)) {
      return null;
    }
    String v = raw(field);
    if (!options.contains(v)) {
      checks.add(field, "input.not-an-option");
      return null;
    }
    return v;
  }

  public String identifier(String field, IdentifierKind kind, boolean required) {
    if (missing(field, required)) {
      return null;
    }
    return checks.identifier(field, kind, raw(field), kind == IdentifierKind.USCC);
  }

  public BigDecimal amount(String field, BigDecimal max, boolean required) {
    if (missing(field, required)) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(raw(field));
      if (v.signum() < 0 || v.compareTo(max) > 0 || v.scale() > 2) {
        checks.add(field, "input.amount-range", "max", max.toPlainString());
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      checks.add(field, "input.not-a-number");
      return null;
    }
  }

  public Integer count(String field, int max, boolean required) {
    if (missing(field, required)) {
      return null;
    }
    String v = raw(field);
    if (!v.matches("\\d{1,9}") || Integer.parseInt(v) > max) {
      checks.add(field, "input.count-range", "max", max);
      return null;
    }
    return Integer.valueOf(v);
  }

  public LocalDate date(String field, boolean required) {
    return date(field, required, false);
  }

  /** A date; {@code future}: it may be after today (a term's end, say). */
  public LocalDate date(String field, boolean required, boolean future) {
    if (missing(field, required)) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(raw(field));
      if (!future && d.isAfter(BusinessTime.today())) {
        checks.add(field, "input.date-in-future");
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      checks.add(field, "input.not-a-date");
      return null;
    }
  }

  /** Formats a value for {@link FilingForm#values()}. */
  public static String show(Object v) {
    return v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
  }
}
