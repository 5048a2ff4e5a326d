package cn.autogov.usedcar.application;

import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;

import cn.autogov.access.Actor;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.reference.ReferenceData;
import cn.autogov.reference.RegionView;
import cn.autogov.usedcar.domain.ReportColumn;
import cn.autogov.usedcar.domain.ReportFigures;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.usedcar.domain.ReportPeriod;
import cn.autogov.usedcar.domain.ReportStatus;
import cn.autogov.usedcar.domain.VehicleClass;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Used-car statistics for the commerce authorities (seed 003 §2.5), over the caller's division or
 * one within it, by region one level down (national → provinces → cities → counties), vehicle class
 * and period. The published figures are those of the accepted returns — pre-aggregated per business
 * when the business reported them, so a national month reads one return per business, not its sales
 * —; the sales records of the same days are the second view (reported vs recorded).
 *
 * <p>Each view is one grouped SQL statement, the one a person would write by hand (the benchmark
 * compares them): the region's code cut to the level's length, the division as a prefix, the
 * period's rows only (the index on kind, period and region of the returns; the sales' sale date).
 */
@Stateless
@RolesAllowed(COMMERCE_AUTHORITY)
public class UsedCarStatistics {

  /** The longest span asked at once: three years of months. */
  static final int MOST_PERIODS = 36;

  private static final List<String> COUNTED =
      List.of(ReportStatus.ACCEPTED.name(), ReportStatus.CORRECTION_REQUESTED.name());

  /** What the sales records tell: the rest (transfer, use nature) only the returns know. */
  private static final List<ReportColumn> RECORDED =
      List.of(ReportColumn.AMOUNT, ReportColumn.TOTAL, ReportColumn.DIRECT, ReportColumn.CONSIGNED);

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB ReferenceData reference;

  public Statistics statistics(
      ReportKind kind, Statistics.Source source, String from, String to, String region) {
    Actor a = actors.current();
    String prefix = UsedCarReportReviews.prefix(a, region);
    ReportPeriod last = kind.periodOf(BusinessTime.today()).previous();
    ReportPeriod end = to == null || to.isBlank() ? last : UsedCarReportReviews.period(kind, to);
    ReportPeriod start =
        from == null || from.isBlank() ? end : UsedCarReportReviews.period(kind, from);
    int periods = span(start, end);
    if (periods < 1 || periods > MOST_PERIODS) {
      Checks checks = new Checks();
      checks.add(
          "from",
          "usedcar.statistics-span",
          "from",
          start.code(),
          "to",
          end.code(),
          "most",
          MOST_PERIODS);
      checks.throwIfAny();
    }
    if (source == Statistics.Source.SALES && kind != ReportKind.MONTHLY) {
      Checks checks = new Checks();
      checks.add("source", "usedcar.statistics-no-records");
      checks.throwIfAny();
    }
    int length = prefix.length() < 2 ? 2 : Math.min(6, prefix.length() + 2);
    Totals totals = new Totals(length);
    if (source == Statistics.Source.SALES) {
      sales(totals, prefix, start, end);
    } else {
      reports(totals, kind, prefix, start, end);
    }
    List<ReportColumn> columns = source == Statistics.Source.SALES ? RECORDED : kind.columns();
    String own = a.regionCode() == null ? "" : Actor.regionPrefix(a.regionCode());
    return totals.result(kind, source, start, end, prefix, columns, prefix.equals(own));
  }

  /** The accepted returns' figures: one row per region, period, vehicle class and column. */
  private void reports(
      Totals totals, ReportKind kind, String prefix, ReportPeriod start, ReportPeriod end) {
    String cut = "SUBSTRING(r.region_code, 1, " + totals.length + ")";
    String where = where(kind, prefix, start, end);
    // one period (the usual question): not a grouping key, so PostgreSQL estimates the groups as
    // for the statement typed by hand and plans it alike
    boolean one = start.equals(end);
    String period = one ? "'" + start.code() + "'" : "r.period";
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + cut
                    + ", "
                    + period
                    + ", c.row_key, c.column_key, SUM(c.reported)"
                    + " FROM uc_report r JOIN uc_report_cell c ON c.report_id = r.id"
                    + where
                    + " GROUP BY "
                    + cut
                    + (one ? "" : ", r.period")
                    + ", c.row_key, c.column_key")
            .getResultList();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      totals.add(
          (String) r[0],
          (String) r[1],
          (String) r[2],
          ReportColumn.valueOf((String) r[3]),
          decimal(r[4]));
    }
    List<?> counts =
        em.createNativeQuery(
                "SELECT "
                    + cut
                    + ", r.period, COUNT(*) FROM uc_report r"
                    + where
                    + " GROUP BY "
                    + cut
                    + ", r.period")
            .getResultList();
    for (Object o : counts) {
      Object[] r = (Object[]) o;
      totals.returns((String) r[0], (String) r[1], ((Number) r[2]).longValue());
    }
  }

  /**
   * The accepted returns of the kind and span in the division. Every value is the platform's own —
   * an enum's name, a period's code, a division's digits (checked) —, written into the statement so
   * that PostgreSQL plans it for these values, as for the statement typed by hand: a prepared
   * statement's generic plan cannot tell the national {@code LIKE '%'} from a county's, and chose a
   * plan three times slower over 2,000,000 cells (the benchmark).
   */
  private static String where(
      ReportKind kind, String prefix, ReportPeriod start, ReportPeriod end) {
    return " WHERE r.kind = '"
        + kind.name()
        + "' AND r.period BETWEEN '"
        + start.code()
        + "' AND '"
        + end.code()
        + "'"
        + region("r.region_code", prefix)
        + " AND r.status IN ('"
        + String.join("', '", COUNTED)
        + "')";
  }

  /** The division as a prefix of the region code; nothing for the national figures. */
  private static String region(String column, String prefix) {
    if (!prefix.matches("\\d{0,6}")) {
      throw new IllegalArgumentException(prefix);
    }
    return prefix.isEmpty() ? "" : " AND " + column + " LIKE '" + prefix + "%'";
  }

  /** The sales records of the same days, by the selling business's domicile. */
  private void sales(Totals totals, String prefix, ReportPeriod start, ReportPeriod end) {
    String cut = "SUBSTRING(b.domicile_region, 1, " + totals.length + ")";
    boolean one = start.equals(end);
    String month =
        one
            ? String.valueOf(start.year() * 100 + start.number())
            : "EXTRACT(YEAR FROM s.sold_on) * 100 + EXTRACT(MONTH FROM s.sold_on)";
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + cut
                    + ", "
                    + month
                    + ", s.vehicle_class, COUNT(*), SUM(s.price),"
                    + " SUM(CASE WHEN s.agent_kind IS NULL THEN 1 ELSE 0 END)"
                    + " FROM uc_sale s JOIN uc_business b ON b.enterprise_id = s.enterprise_id"
                    + " WHERE s.sold_on >= DATE '"
                    + start.start()
                    + "' AND s.sold_on < DATE '"
                    + end.end()
                    + "'"
                    + region("b.domicile_region", prefix)
                    + " GROUP BY "
                    + cut
                    + (one ? "" : ", " + month)
                    + ", s.vehicle_class")
            .getResultList();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      int ym = ((Number) r[1]).intValue();
      String period = new ReportPeriod(ReportKind.MONTHLY, ym / 100, ym % 100).code();
      long count = ((Number) r[3]).longValue();
      long direct = ((Number) r[5]).longValue();
      String key = (String) r[0];
      String row = (String) r[2];
      totals.add(key, period, row, ReportColumn.AMOUNT, decimal(r[4]));
      totals.add(key, period, row, ReportColumn.TOTAL, BigDecimal.valueOf(count));
      totals.add(key, period, row, ReportColumn.DIRECT, BigDecimal.valueOf(direct));
      totals.add(key, period, row, ReportColumn.CONSIGNED, BigDecimal.valueOf(count - direct));
    }
    totals.yuan = true;
  }

  private static int span(ReportPeriod start, ReportPeriod end) {
    int months = start.kind().months();
    int a = start.year() * 12 + (start.number() - 1) * months;
    int b = end.year() * 12 + (end.number() - 1) * months;
    return (b - a) / months + 1;
  }

  private static BigDecimal decimal(Object o) {
    if (o == null) {
      return BigDecimal.ZERO;
    }
    return o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
  }

  /** The rows folded into the totals, by region, vehicle class and period. */
  private final class Totals {
    final int length;
    boolean yuan;
    final Map<String, BigDecimal> total = new LinkedHashMap<>();
    final Map<String, Map<String, BigDecimal>> regions = new TreeMap<>();
    final Map<String, Map<String, BigDecimal>> classes = new TreeMap<>();
    final Map<String, Map<String, BigDecimal>> periods = new TreeMap<>();
    final Map<String, Long> regionReturns = new TreeMap<>();
    final Map<String, Long> periodReturns = new TreeMap<>();
    long returns;

    Totals(int length) {
      this.length = length;
    }

    void add(String region, String period, String row, ReportColumn column, BigDecimal value) {
      if (value == null) {
        return;
      }
      String c = column.name();
      total.merge(c, value, BigDecimal::add);
      regions.computeIfAbsent(region, k -> new LinkedHashMap<>()).merge(c, value, BigDecimal::add);
      classes.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(c, value, BigDecimal::add);
      periods.computeIfAbsent(period, k -> new LinkedHashMap<>()).merge(c, value, BigDecimal::add);
    }

    void returns(String region, String period, long n) {
      returns += n;
      regionReturns.merge(region, n, Long::sum);
      periodReturns.merge(period, n, Long::sum);
    }

    Statistics result(
        ReportKind kind,
        Statistics.Source source,
        ReportPeriod start,
        ReportPeriod end,
        String prefix,
        List<ReportColumn> columns,
        boolean top) {
      String code = prefix.isEmpty() ? null : pad(prefix);
      RegionView here = code == null ? null : reference.region(code).orElse(null);
      String parent = prefix.length() <= 2 ? null : pad(prefix.substring(0, prefix.length() - 2));
      boolean drillable = length < 6;
      List<Statistics.Line> regionLines = new ArrayList<>();
      Map<String, RegionView> children = new TreeMap<>();
      if (prefix.length() < 6) {
        for (RegionView r : reference.regions(code)) {
          children.put(r.code().substring(0, length), r);
        }
      }
      var keys = new java.util.TreeSet<>(children.keySet());
      keys.addAll(regions.keySet());
      for (String k : keys) {
        RegionView r = children.get(k);
        if (r == null) {
          r = reference.region(pad(k)).orElse(null);
        }
        regionLines.add(
            new Statistics.Line(
                pad(k),
                r == null ? pad(k) : name(r),
                drillable,
                regionReturns.getOrDefault(k, 0L),
                scaled(regions.getOrDefault(k, Map.of()), columns)));
      }
      List<Statistics.Line> classLines = new ArrayList<>();
      for (VehicleClass v : kind.rows()) {
        classLines.add(
            new Statistics.Line(
                v.name(),
                null,
                false,
                0,
                scaled(classes.getOrDefault(v.name(), Map.of()), columns)));
      }
      List<Statistics.Line> periodLines = new ArrayList<>();
      for (ReportPeriod p = start; p.code().compareTo(end.code()) <= 0; p = p.next()) {
        periodLines.add(
            new Statistics.Line(
                p.code(),
                null,
                false,
                periodReturns.getOrDefault(p.code(), 0L),
                scaled(periods.getOrDefault(p.code(), Map.of()), columns)));
      }
      return new Statistics(
          kind.name(),
          source.name(),
          start.code(),
          end.code(),
          code,
          here == null ? null : name(here),
          parent,
          top,
          prefix.length() / 2,
          columns.stream().map(ReportColumn::name).toList(),
          returns,
          scaled(total, columns),
          regionLines,
          classLines,
          periodLines);
    }

    /** Every column present (0 where nothing), amounts in 万元 to two decimals. */
    private Map<String, BigDecimal> scaled(
        Map<String, BigDecimal> values, List<ReportColumn> cols) {
      Map<String, BigDecimal> out = new LinkedHashMap<>();
      for (ReportColumn c : cols) {
        BigDecimal v = values.getOrDefault(c.name(), BigDecimal.ZERO);
        if (c.isAmount() && yuan) {
          v = ReportFigures.tenThousands(v);
        }
        out.put(c.name(), v.setScale(c.scale(), java.math.RoundingMode.HALF_UP));
      }
      return out;
    }

    private String name(RegionView r) {
      if (r.statisticalOnly() && r.parentCode() != null) {
        return reference
            .region(r.parentCode())
            .map(p -> p.nameZh() + r.nameZh())
            .orElse(r.nameZh());
      }
      return r.nameZh();
    }
  }

  /** 35 → 350000, 3501 → 350100. */
  private static String pad(String prefix) {
    return (prefix + "000000").substring(0, 6);
  }
}
