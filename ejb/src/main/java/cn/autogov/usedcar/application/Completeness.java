package cn.autogov.usedcar.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A period's returns over an authority's region, as DHIS2 tells completeness: how many businesses
 * were expected to report (their filing of a reporting kind confirmed), how many reported, on time
 * or late (逾期), how many are missing, and each one's line.
 */
public record Completeness(
    String kind,
    String period,
    LocalDate dueOn,
    boolean pastDue,
    int expected,
    int submitted,
    int onTime,
    int late,
    int missing,
    int accepted,
    List<Line> lines)
    implements Serializable {

  /** One expected business: its return (if any) and where it stands. */
  public record Line(
      Long enterpriseId,
      String enterpriseName,
      String creditCode,
      String regionCode,
      Long reportId,
      String status,
      LocalDateTime submittedAt,
      boolean late,
      boolean missing)
      implements Serializable {}
}
