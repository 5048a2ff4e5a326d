package cn.autogov.usedcar.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a period's sales records say, by vehicle class, as a return's computed figures: the monthly
 * report's 交易金额 (the prices' sum in 万元, rounded to the 0.01), 合计 (the sales), 直接交易 (no agent) and
 * 委托交易 (through an agent), 本地过户 (the transfer-in vehicle office is the enterprise's city's) and 转籍
 * (another's). 使用性质 is not in the records (seed 003 §2.4.1 has no such field): null, for the
 * enterprise to fill, 0 where a class had no sale. The appraisers' quarterly has no records on the
 * platform behind it: all null.
 */
public record ReportFigures(Map<VehicleClass, Map<ReportColumn, BigDecimal>> figures) {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /** One class's sums, as the grouped query gives them. */
  public record ClassSums(
      VehicleClass vehicleClass, long sales, BigDecimal yuan, long direct, long local) {}

  /** The figures a kind's return starts from, given the records' sums (none: no records). */
  public static ReportFigures of(ReportKind kind, Iterable<ClassSums> sums) {
    Map<VehicleClass, Map<ReportColumn, BigDecimal>> f = new EnumMap<>(VehicleClass.class);
    for (VehicleClass c : kind.rows()) {
      Map<ReportColumn, BigDecimal> row = new EnumMap<>(ReportColumn.class);
      for (ReportColumn col : kind.columns()) {
        row.put(col, null);
      }
      f.put(c, row);
    }
    if (kind == ReportKind.MONTHLY) {
      for (VehicleClass c : kind.rows()) {
        monthly(f.get(c), new ClassSums(c, 0, BigDecimal.ZERO, 0, 0));
      }
      for (ClassSums s : sums) {
        monthly(f.get(s.vehicleClass()), s);
      }
    }
    return new ReportFigures(f);
  }

  private static void monthly(Map<ReportColumn, BigDecimal> row, ClassSums s) {
    row.put(ReportColumn.AMOUNT, tenThousands(s.yuan()));
    row.put(ReportColumn.TOTAL, BigDecimal.valueOf(s.sales()));
    row.put(ReportColumn.DIRECT, BigDecimal.valueOf(s.direct()));
    row.put(ReportColumn.CONSIGNED, BigDecimal.valueOf(s.sales() - s.direct()));
    row.put(ReportColumn.LOCAL_TRANSFER, BigDecimal.valueOf(s.local()));
    row.put(ReportColumn.OUT_TRANSFER, BigDecimal.valueOf(s.sales() - s.local()));
    BigDecimal unknown = s.sales() == 0 ? BigDecimal.ZERO : null;
    row.put(ReportColumn.OPERATING, unknown);
    row.put(ReportColumn.NON_OPERATING, unknown);
    row.put(ReportColumn.CONVERTED, unknown);
  }

  /** Yuan as 万元 to two decimals (half up): 86,000.50 → 8.60. */
  public static BigDecimal tenThousands(BigDecimal yuan) {
    return (yuan == null ? BigDecimal.ZERO : yuan).divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
  }

  public BigDecimal get(VehicleClass row, ReportColumn column) {
    return figures.get(row).get(column);
  }
}
