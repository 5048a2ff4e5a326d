package cn.autogov.usedcar.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A commerce authority's used-car statistics over its division (or one within it) and a span of
 * periods: the totals, and the same columns by region one level down (province → city → county), by
 * vehicle class and by period. {@code source} REPORTS counts the accepted returns (受理; the figures
 * published), SALES the raw sales records (记录数) for comparison. Amounts in 万元.
 */
public record Statistics(
    String kind,
    String source,
    String from,
    String to,
    String region,
    String regionName,
    String parentRegion,
    boolean top,
    int level,
    List<String> columns,
    long returns,
    Map<String, BigDecimal> total,
    List<Line> regions,
    List<Line> classes,
    List<Line> periods)
    implements Serializable {

  /** Where the figures come from. */
  public enum Source {
    /** accepted returns (受理, also while a correction is asked): the published figures */
    REPORTS,
    /** the enterprises' sales records of the same days */
    SALES
  }

  /**
   * One line: a region's code (and name; {@code drillable} when it has divisions below), a vehicle
   * class or a period; the returns counted in it (REPORTS only) and its figure per column.
   */
  public record Line(
      String key, String name, boolean drillable, long returns, Map<String, BigDecimal> values)
      implements Serializable {

    public BigDecimal value(String column) {
      return values.getOrDefault(column, BigDecimal.ZERO);
    }
  }
}
