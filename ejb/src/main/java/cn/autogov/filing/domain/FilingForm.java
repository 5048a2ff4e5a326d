package cn.autogov.filing.domain;

import java.util.Map;

/**
 * A business's typed form data (one entity and table per business, keyed by the filing's id; extend
 * {@link FormEntity}). Its fields are declared once, with {@link Input} on its columns; reading,
 * showing and comparing follow from the declarations. What the fields say of each other stays code:
 * {@link #check}.
 */
public interface FilingForm {

  Long getFilingId();

  /** Takes the values; blank required fields are problems only when the input must be complete. */
  default void read(FormInput input) {
    FormSchema.of(getClass()).read(this, input);
    check(input);
  }

  /** The rules across fields, after each field was read (problems to {@code input.checks()}). */
  default void check(FormInput input) {}

  /** Field name → value as shown and compared (a change side by side with the approved filing). */
  default Map<String, String> values() {
    return FormSchema.of(getClass()).values(this);
  }

  /** The applicant category the material checklist depends on; null until chosen. */
  default String category() {
    return FormSchema.of(getClass()).category(this);
  }
}
