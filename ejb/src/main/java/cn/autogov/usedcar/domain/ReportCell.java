package cn.autogov.usedcar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * One figure of a return: the row and column, what the sales records gave (null where they say
 * nothing, e.g. 使用性质), what the enterprise reports, and — when the two differ — why.
 */
@Embeddable
public class ReportCell {

  @Enumerated(EnumType.STRING)
  @Column(name = "row_key", nullable = false, length = 20)
  private VehicleClass row;

  @Enumerated(EnumType.STRING)
  @Column(name = "column_key", nullable = false, length = 20)
  private ReportColumn column;

  @Column(precision = 16, scale = 2)
  private BigDecimal computed;

  @Column(name = "reported", precision = 16, scale = 2)
  private BigDecimal value;

  @Column(length = 200)
  private String reason;

  protected ReportCell() {}

  ReportCell(VehicleClass row, ReportColumn column, BigDecimal computed, BigDecimal value) {
    this.row = row;
    this.column = column;
    this.computed = computed;
    this.value = value;
  }

  public VehicleClass getRow() {
    return row;
  }

  public ReportColumn getColumn() {
    return column;
  }

  /** The records' figure, in the column's scale (counts whole, 万元 to 0.01). */
  public BigDecimal getComputed() {
    return scaled(computed);
  }

  /** The reported figure, in the column's scale. */
  public BigDecimal getValue() {
    return scaled(value);
  }

  private BigDecimal scaled(BigDecimal v) {
    return v == null ? null : v.setScale(column.scale(), java.math.RoundingMode.UNNECESSARY);
  }

  public String getReason() {
    return reason;
  }

  /** The form's and the API's name of this cell: {@code SEDAN.AMOUNT}. */
  public String key() {
    return key(row, column);
  }

  public static String key(VehicleClass row, ReportColumn column) {
    return row.name() + "." + column.name();
  }

  /** Whether the reported figure is not the computed one (a correction, with its reason). */
  public boolean corrected() {
    return computed != null && (value == null || value.compareTo(computed) != 0);
  }

  void recompute(BigDecimal newComputed) {
    boolean kept = corrected();
    computed = newComputed;
    if (!kept) {
      value = newComputed;
    }
    if (!corrected()) {
      reason = null;
    }
  }

  void report(BigDecimal newValue, String why) {
    value = newValue;
    reason = corrected() ? why : null;
  }
}
