package cn.autogov.filing.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a filing takes, by the names its history, audit trail and labels ({@code
 * filingEvent.*}) use: {@code stage-approved} for {@link #STAGE_APPROVED}, and so on.
 */
public enum FilingStep {
  CREATED,
  DRAFT_SAVED,
  SAVED,
  SUBMITTED,
  WITHDRAWN,
  CLAIMED,
  RELEASED,
  ASSIGNED,
  FIRST_APPROVED,
  STAGE_APPROVED,
  APPROVED,
  REJECTED,
  RETURNED,
  EXPIRED,
  INVALIDATED,
  ESCALATED,
  /** A fulfilment step after 审核通过 (制作完成, 已寄出, …): the event's stage is the step's index. */
  FULFILLED;

  /** A reviewer's decision: after one, a decision over an older version is refused as stale. */
  public static final Set<FilingStep> DECISIONS =
      EnumSet.of(FIRST_APPROVED, STAGE_APPROVED, APPROVED, REJECTED, RETURNED);

  private final String code = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

  /** The step's name in the history, the audit trail ({@code filing.<code>}) and the labels. */
  public String code() {
    return code;
  }

  public static FilingStep of(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no filing step " + code));
  }

  /** Stored as its code (the column held these strings before the steps were a type). */
  @Converter
  public static class Column implements AttributeConverter<FilingStep, String> {
    @Override
    public String convertToDatabaseColumn(FilingStep step) {
      return step == null ? null : step.code;
    }

    @Override
    public FilingStep convertToEntityAttribute(String code) {
      return code == null ? null : of(code);
    }
  }
}
