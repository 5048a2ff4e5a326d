package cn.autogov.usedcar.application;

import cn.autogov.usedcar.domain.ReportCell;
import cn.autogov.usedcar.domain.ReportColumn;
import cn.autogov.usedcar.domain.UsedCarReport;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A return as its readers see it: the head (period, status, due day, 逾期), every row's cells (the
 * records' figure, the reported one, the reason for a difference), the 合计 row, and how 本地过户 was
 * told from 转籍 ({@code localName}: the transfer-in office's name holds it).
 */
public record ReportView(
    Long id,
    long version,
    String kind,
    String period,
    String status,
    Long enterpriseId,
    String enterpriseName,
    String regionCode,
    LocalDate dueOn,
    boolean late,
    boolean overdue,
    String fillerName,
    LocalDateTime savedAt,
    String savedBy,
    LocalDateTime submittedAt,
    String submittedBy,
    LocalDateTime decidedAt,
    String decidedBy,
    String remark,
    String correctionReason,
    List<String> columns,
    List<Row> rows,
    Map<String, BigDecimal> totals,
    String localName)
    implements Serializable {

  /** One vehicle class's cells, by column name. */
  public record Row(String vehicleClass, Map<String, Cell> cells) implements Serializable {}

  /** What the records gave (null: nothing), what is reported, and why they differ. */
  public record Cell(BigDecimal computed, BigDecimal value, String reason, boolean corrected)
      implements Serializable {}

  static ReportView of(UsedCarReport r, LocalDate today, String localName) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (ReportCell c : r.getCells()) {
      rows.computeIfAbsent(c.getRow().name(), k -> new Row(k, new LinkedHashMap<>()))
          .cells()
          .put(
              c.getColumn().name(),
              new Cell(c.getComputed(), c.getValue(), c.getReason(), c.corrected()));
    }
    List<Row> ordered = new ArrayList<>();
    for (var vc : r.getKind().rows()) {
      if (rows.containsKey(vc.name())) {
        ordered.add(rows.get(vc.name()));
      }
    }
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    r.totals().forEach((k, v) -> totals.put(k.name(), v));
    return new ReportView(
        r.getId(),
        r.getVersion(),
        r.getKind().name(),
        r.getPeriod().code(),
        r.getStatus().name(),
        r.getEnterpriseId(),
        r.getEnterpriseName(),
        r.getRegionCode(),
        r.getDueOn(),
        r.isLate(),
        r.getFirstSubmittedAt() == null && today.isAfter(r.getDueOn()),
        r.getFillerName(),
        r.getSavedAt(),
        r.getSavedBy(),
        r.getSubmittedAt(),
        r.getSubmittedBy(),
        r.getDecidedAt(),
        r.getDecidedBy(),
        r.getRemark(),
        r.getCorrectionReason(),
        r.getKind().columns().stream().map(ReportColumn::name).toList(),
        ordered,
        totals,
        localName);
  }

  public boolean editable() {
    return "DRAFT".equals(status) || "RETURNED".equals(status);
  }
}
