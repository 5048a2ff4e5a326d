package cn.autogov.filing.domain;

import java.util.List;

/**
 * One field of a business's form as the portal and the API show it; the form entity holds the
 * rules. Labels are {@code field.<name>} in ValidationMessages; options {@code option.<value>}.
 * {@code fixedInChange}: a change (变更) shows it but may not alter it; {@code fixedAlways}: nobody
 * types it, it comes from the account (e.g. the credit code).
 */
public record FormField(
    String name,
    FieldKind kind,
    boolean required,
    List<String> options,
    boolean fixedInChange,
    boolean fixedAlways) {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public FormField(
      String name, FieldKind kind, boolean required, List<String> options, boolean fixedInChange) {
    this(name, kind, required, options, fixedInChange, false);
  }

  public static FormField text(String name) {
    return new FormField(name, FieldKind.TEXT, true, null, false);
  }

  public static FormField optional(String name) {
    return new FormField(name, FieldKind.TEXT, false, null, false);
  }

  public static FormField paragraph(String name) {
    return new FormField(name, FieldKind.PARAGRAPH, true, null, false);
  }

  public static FormField choice(String name, List<String> options) {
    return new FormField(name, FieldKind.CHOICE, true, options, false);
  }

  public FormField fixed() {
    return new FormField(name, kind, required, options, true, fixedAlways);
  }

  /**
   * Taken from the applicant's verified account when the filing starts, never typed: shown, not
   * editable, in a new filing and in a change alike (the credit code).
   */
  public FormField fromAccount() {
    return new FormField(name, kind, required, options, true, true);
  }
}
