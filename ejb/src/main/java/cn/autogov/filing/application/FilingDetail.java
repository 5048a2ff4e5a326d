package cn.autogov.filing.application;

import cn.autogov.filing.domain.FieldKind;
import cn.autogov.filing.domain.FormField;
import cn.autogov.filing.domain.FulfilmentStep;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One filing as its applicant and its reviewers see it: the form field by field (for a change,
 * beside the approved value), the material checklist with what was uploaded, the values an approved
 * change altered, the whole history, and the business's notes on it ({@link FilingNote}).
 */
public record FilingDetail(
    FilingView filing,
    List<Field> fields,
    List<Material> materials,
    List<ValueChange> changes,
    List<Event> history,
    List<FilingNote> notes)
    implements Serializable {

  /**
   * A form field: its value and, for a change, the approved filing's value; {@code category} when
   * its choice decides the material checklist (the page shows the new checklist once it changes);
   * {@code max}: a text's length, a count's largest value, a table's most rows. A table's value is
   * its rows (column → value, in the columns' order), the approved filing's in {@code
   * approvedRows}.
   */
  public record Field(
      String name,
      FieldKind kind,
      boolean required,
      List<String> options,
      boolean fixed,
      boolean category,
      String value,
      String approvedValue,
      long max,
      List<FormField> columns,
      List<Map<String, String>> rows,
      List<Map<String, String>> approvedRows,
      String codeList)
      implements Serializable {

    /** The label key of one of its options ({@link FormField#optionLabel}). */
    public String optionLabel(String code) {
      return codeList + "." + code;
    }

    @JsonbTransient // a helper of the pages, not data
    public boolean isChanged() {
      if (kind == FieldKind.TABLE) {
        return approvedRows != null && !approvedRows.equals(rows);
      }
      return approvedValue != null && !approvedValue.equals(value == null ? "" : value);
    }

    /** A table's rows taken from a form's values ({@code t.0.c} keys), in the columns' order. */
    public static List<Map<String, String>> rows(
        String table, List<FormField> columns, Map<String, String> values) {
      List<Map<String, String>> rows = new java.util.ArrayList<>();
      for (int i = 0; ; i++) {
        int at = i;
        if (columns.stream()
            .noneMatch(c -> values.containsKey(FormField.cell(table, at, c.name())))) {
          return rows;
        }
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (FormField c : columns) {
          row.put(c.name(), values.getOrDefault(FormField.cell(table, i, c.name()), ""));
        }
        rows.add(row);
      }
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
  /**
   * A step in the filing's history; {@code fulfilment}: the fulfilment step it records after 审核通过
   * (its {@code remark} then the step's datum, a tracking number), else null; {@code outcome}: the
   * label of a decision at a worded stage in that stage's own words ({@code stage.<code>.passed}:
   * 核验通过, 复核通过; {@code .failed}), else null.
   */
  public record Event(
      LocalDateTime at,
      String actor,
      String action,
      String from,
      String to,
      String stageCode,
      String remark,
      FulfilmentStep fulfilment,
      String outcome)
      implements Serializable {}
}
