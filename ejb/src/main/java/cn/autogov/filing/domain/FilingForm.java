package cn.autogov.filing.domain;

import java.util.Map;

/**
 * A business's typed form data (one entity and table per business, keyed by the filing's id). The
 * form owns its rules: {@link #read} takes the submitted values, problems go to the input's checks.
 */
public interface FilingForm {

  Long getFilingId();

  /** Takes the values; blank required fields are problems only when the input must be complete. */
  void read(FormInput input);

  /** Field name → value as shown and compared (a change side by side with the approved filing). */
  Map<String, String> values();

  /** The applicant category the material checklist depends on; null until chosen. */
  String category();
}
