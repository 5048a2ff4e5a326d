package cn.autogov.usedcar.domain;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rules of a return's figures ({@link UsedCarReport}): a typed figure is a number in range with
 * the column's decimals; one that differs from the records says why; on 上报, every figure is
 * present, the counts' splits add up to 合计 and an amount goes with a count. Each problem is put
 * under its cell, naming the row and the column.
 */
final class ReportRules {

  private ReportRules() {}

  /** The figure typed into {@code c}: null when blank or wrong (then a problem under the cell). */
  static BigDecimal parse(ReportCell c, String typed, Checks checks) {
    String t = blankToNull(typed);
    if (t == null) {
      return null;
    }
    BigDecimal v;
    try {
      v = new BigDecimal(t.replace(",", "").replace("，", ""));
    } catch (NumberFormatException e) {
      problem(checks, c, "usedcar.report-not-a-number", "value", t);
      return null;
    }
    if (v.signum() < 0 || v.compareTo(UsedCarReport.MOST) > 0) {
      problem(checks, c, "usedcar.report-range", "value", t);
      return null;
    }
    v = v.stripTrailingZeros();
    if (v.scale() > c.getColumn().scale()) {
      problem(
          checks,
          c,
          c.getColumn().isAmount() ? "usedcar.report-decimals" : "usedcar.report-whole",
          "value",
          t);
      return null;
    }
    return v.setScale(c.getColumn().scale());
  }

  /** The reason for {@code typed} in {@code c}: needed where it differs from the records. */
  static void reason(ReportCell c, BigDecimal typed, String reason, Checks checks) {
    String why = blankToNull(reason);
    boolean differs =
        c.getComputed() != null && (typed == null || typed.compareTo(c.getComputed()) != 0);
    if (differs && why == null && !checks.has(c.key())) {
      problem(
          checks, c, "usedcar.report-reason-needed", "computed", c.getComputed().toPlainString());
    } else if (why != null && Checks.characters(why) > 200) {
      problem(checks, c, "usedcar.report-reason-long");
    }
  }

  /** The figures' own rules: present, the counts' splits adding up, an amount only with a count. */
  static void check(
      ReportKind kind,
      Collection<ReportCell> cells,
      Map<VehicleClass, Map<ReportColumn, BigDecimal>> grid,
      Checks checks) {
    for (ReportCell c : cells) {
      if (c.getValue() == null) {
        problem(checks, c, "usedcar.report-value-needed");
      }
    }
    if (!checks.ok()) {
      return;
    }
    for (var e : grid.entrySet()) {
      VehicleClass row = e.getKey();
      Map<ReportColumn, BigDecimal> v = e.getValue();
      if (kind == ReportKind.MONTHLY) {
        sums(checks, row, v, ReportColumn.TOTAL, ReportColumn.DIRECT, ReportColumn.CONSIGNED);
        sums(
            checks,
            row,
            v,
            ReportColumn.TOTAL,
            ReportColumn.LOCAL_TRANSFER,
            ReportColumn.OUT_TRANSFER);
        sums(
            checks,
            row,
            v,
            ReportColumn.TOTAL,
            ReportColumn.OPERATING,
            ReportColumn.NON_OPERATING,
            ReportColumn.CONVERTED);
        both(checks, row, v, ReportColumn.TOTAL, ReportColumn.AMOUNT);
      } else {
        both(checks, row, v, ReportColumn.APPRAISED_COUNT, ReportColumn.APPRAISED_VALUE);
      }
    }
  }

  /** The parts of a row's 合计 that do not add up to it. */
  private static void sums(
      Checks checks,
      VehicleClass row,
      Map<ReportColumn, BigDecimal> v,
      ReportColumn total,
      ReportColumn... parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (ReportColumn p : parts) {
      sum = sum.add(v.get(p));
    }
    if (sum.compareTo(v.get(total)) != 0) {
      List<Object> params =
          new ArrayList<>(
              List.of(
                  "row",
                  rowLabel(row),
                  "total",
                  v.get(total).toPlainString(),
                  "sum",
                  sum.toPlainString()));
      for (int i = 0; i < parts.length; i++) {
        params.add("part" + i);
        params.add(columnLabel(parts[i]));
      }
      checks.add(
          ReportCell.key(row, parts[0]),
          parts.length == 2 ? "usedcar.report-split-two" : "usedcar.report-split-three",
          params.toArray());
    }
  }

  /** A count without an amount, or an amount without a count. */
  private static void both(
      Checks checks,
      VehicleClass row,
      Map<ReportColumn, BigDecimal> v,
      ReportColumn count,
      ReportColumn amount) {
    boolean hasCount = v.get(count).signum() > 0;
    boolean hasAmount = v.get(amount).signum() > 0;
    if (hasCount != hasAmount) {
      checks.add(
          ReportCell.key(row, hasCount ? amount : count),
          hasCount ? "usedcar.report-count-without-amount" : "usedcar.report-amount-without-count",
          "row",
          rowLabel(row),
          "count",
          columnLabel(count),
          "amount",
          columnLabel(amount));
    }
  }

  /** A problem under the cell, naming its row and column, with the key's other parameters. */
  private static void problem(Checks checks, ReportCell c, String key, Object... more) {
    List<Object> params =
        new ArrayList<>(List.of("row", rowLabel(c.getRow()), "column", columnLabel(c.getColumn())));
    params.addAll(List.of(more));
    checks.add(c.key(), key, params.toArray());
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Label rowLabel(VehicleClass row) {
    return new Label("vehicleClass." + row.name());
  }

  private static Label columnLabel(ReportColumn column) {
    return new Label("reportColumn." + column.name());
  }
}
