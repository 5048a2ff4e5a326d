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
      if (v.signum() < 0 || v.compareTo(max) > 0 || v.scale() > max.scale()) {
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

  /**
   * The row numbers a table's cells were sent with ({@code branches.3.name} → 3), in order: the
   * page numbers them from 0, a client may leave gaps.
   */
  public java.util.SortedSet<Integer> rowIndexes(String table) {
    var rows = new java.util.TreeSet<Integer>();
    String prefix = table + ".";
    for (String key : values.keySet()) {
      if (key.startsWith(prefix)) {
        int dot = key.indexOf('.', prefix.length());
        String n = dot < 0 ? "" : key.substring(prefix.length(), dot);
        if (n.matches("\\d{1,4}")) {
          rows.add(Integer.valueOf(n));
        }
      }
    }
    return rows;
  }

  /** Whether every one of these fields under the prefix is blank (a row left empty). */
  public boolean blank(String prefix, List<FormField> fields) {
    return fields.stream().allMatch(f -> raw(prefix + f.name()) == null);
  }

  /** The same input with one row's cells under another prefix (the row's number as shown). */
  public FormInput renumbered(String from, String to) {
    if (from.equals(to)) {
      return this;
    }
    Map<String, String> moved = new java.util.HashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(from)) {
            moved.put(to + k.substring(from.length()), v);
          }
        });
    return new FormInput(moved, checks, complete);
  }

  /**
   * A form's values as a client sends them (JSON: texts and numbers, a repeating field as an array
   * of objects) in the form's terms: each cell under {@code table.row.column}, rows counted from 0.
   */
  public static Map<String, String> flatten(Map<String, ?> sent) {
    Map<String, String> flat = new java.util.HashMap<>();
    if (sent == null) {
      return flat;
    }
    sent.forEach(
        (name, v) -> {
          if (v instanceof List<?> rows) {
            for (int i = 0; i < rows.size(); i++) {
              if (rows.get(i) instanceof Map<?, ?> row) {
                int at = i;
                row.forEach((c, cell) -> flat.put(name + "." + at + "." + c, scalar(cell)));
              }
            }
          } else {
            flat.put(name, scalar(v));
          }
        });
    return flat;
  }

  private static String scalar(Object v) {
    return v == null ? null : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
  }

  /** Formats a value for {@link FilingForm#values()}. */
  public static String show(Object v) {
    return v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
  }
}
