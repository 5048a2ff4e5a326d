package cn.autogov.usedcar.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The returns a confirmed used-car business reports (seed 003 §2.5): 二手车交易月报 by markets, dealers,
 * brokers and auctioneers, each month; 二手车鉴定评估季报 by appraisers, each quarter. Rows by {@link
 * VehicleClass} (the seed's table), columns as {@link ReportColumn}.
 */
public enum ReportKind {
  MONTHLY(
      1,
      EnumSet.of(
          BusinessKind.MARKET, BusinessKind.DEALER, BusinessKind.BROKER, BusinessKind.AUCTIONEER),
      List.of(
          ReportColumn.AMOUNT,
          ReportColumn.TOTAL,
          ReportColumn.DIRECT,
          ReportColumn.CONSIGNED,
          ReportColumn.LOCAL_TRANSFER,
          ReportColumn.OUT_TRANSFER,
          ReportColumn.OPERATING,
          ReportColumn.NON_OPERATING,
          ReportColumn.CONVERTED)),
  APPRAISAL(
      3,
      EnumSet.of(BusinessKind.APPRAISER),
      List.of(ReportColumn.APPRAISED_COUNT, ReportColumn.APPRAISED_VALUE));

  private final int months;
  private final Set<BusinessKind> filers;
  private final List<ReportColumn> columns;

  ReportKind(int months, Set<BusinessKind> filers, List<ReportColumn> columns) {
    this.months = months;
    this.filers = filers;
    this.columns = columns;
  }

  /** Months a period spans: 1 (月报) or 3 (季报). */
  public int months() {
    return months;
  }

  /** The business kinds that report it: a confirmed filing of one of them makes it expected. */
  public Set<BusinessKind> filers() {
    return filers;
  }

  /** The filing types whose confirmed filing makes an enterprise a reporter of this kind. */
  public List<String> filingTypes() {
    return filers.stream().map(BusinessKind::filingType).toList();
  }

  public List<ReportColumn> columns() {
    return columns;
  }

  /** The rows: every vehicle class, in the seed's order. */
  public List<VehicleClass> rows() {
    return List.of(VehicleClass.values());
  }

  /** The period a day falls in. */
  public ReportPeriod periodOf(LocalDate day) {
    return new ReportPeriod(this, day.getYear(), (day.getMonthValue() - 1) / months + 1);
  }
}
