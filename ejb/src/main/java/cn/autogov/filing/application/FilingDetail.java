package cn.autogov.filing.application;

import cn.autogov.filing.domain.FieldKind;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One filing as its applicant and its reviewers see it: the form field by field (for a change,
 * beside the approved value), the material checklist with what was uploaded, the values an approved
 * change altered, and the whole history.
 */
public record FilingDetail(
    FilingView filing,
    List<Field> fields,
    List<Material> materials,
    List<ValueChange> changes,
    List<Event> history)
    implements Serializable {

  /**
   * A form field: its value and, for a change, the approved filing's value; {@code category} when
   * its choice decides the material checklist (the page shows the new checklist once it changes).
   */
  public record Field(
      String name,
      FieldKind kind,
      boolean required,
      List<String> options,
      boolean fixed,
      boolean category,
      String value,
      String approvedValue)
      implements Serializable {

    @JsonbTransient // a helper of the pages, not data
    public boolean isChanged() {
      return approvedValue != null && !approvedValue.equals(value == null ? "" : value);
    }
  }

  /** A checklist slot and the file in it (null when none yet). */
  public record Material(
      String slot,
      boolean required,
      String rule,
      String fileName,
      String contentType,
      Long sizeBytes,
      LocalDateTime uploadedAt,
      String sha256,
      List<Version> earlier)
      implements Serializable {

    @JsonbTransient // a helper of the pages, not data
    public boolean isPresent() {
      return fileName != null;
    }

    /** Images and PDFs are shown in the page, without downloading. */
    @JsonbTransient // a helper of the pages, not data
    public boolean isInline() {
      return contentType != null
          && (contentType.startsWith("image/") || contentType.equals("application/pdf"));
    }

    @JsonbTransient // a helper of the pages, not data
    public boolean isImage() {
      return contentType != null && contentType.startsWith("image/");
    }
  }

  /** An earlier file of a slot (replaced or removed), still readable. */
  public record Version(
      Long id,
      String fileName,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      LocalDateTime uploadedAt,
      LocalDateTime replacedAt)
      implements Serializable {}

  public record ValueChange(String field, String before, String after) implements Serializable {}

  /** One step of the timeline. */
  public record Event(
      LocalDateTime at,
      String actor,
      String action,
      String from,
      String to,
      String stageCode,
      String remark)
      implements Serializable {}
}
