package cn.autogov.filing.domain;

import java.util.List;

/**
 * One field of a business's form as the portal and the API show it, derived from the form entity's
 * {@link Input} declarations by {@link FormSchema}. Labels are {@code field.<name>} in
 * ValidationMessages; an option's {@code <codeList>.<value>} (the code list's enum, its simple name
 * in lower camel case: {@code idType.PASSPORT}, {@code listing.BULLETIN}), so two lists may share a
 * code. {@code fixedInChange}: a change (变更) shows it but may not alter it; {@code fixedAlways}:
 * nobody types it, it comes from the account (e.g. the credit code). {@code max}: a text's length,
 * a count's largest value, a table's most rows; {@code identifier}: the identifier rule it is
 * checked by; {@code columns}: a table's columns.
 */
public record FormField(
    String name,
    FieldKind kind,
    boolean required,
    List<String> options,
    boolean fixedInChange,
    boolean fixedAlways,
    long max,
    String identifier,
    List<FormField> columns,
    String codeList) {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  /** Whether the field is a table of rows. */
  public boolean isTable() {
    return kind == FieldKind.TABLE;
  }

  /** The label key of one of its options. */
  public String optionLabel(String code) {
    return codeList + "." + code;
  }

  /** The key of one cell of a table field: {@code branches.0.name} (rows counted from 0). */
  public static String cell(String table, int row, String column) {
    return table + "." + row + "." + column;
  }
}
