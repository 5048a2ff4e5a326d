package cn.autogov.usedcar.domain;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText.Label;
import cn.autogov.kernel.RefusedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A used-car business's return of one period (二手车交易月报 or 鉴定评估季报, seed 003 §2.5): its figures by
 * vehicle class, each beside what the sales records gave and, where the enterprise reports another
 * figure, why; its due day and whether it came late (逾期, by its first submission); and its status:
 * saved, reported, accepted by the local commerce authority (then locked: a correction is a request
 * the authority approves), or returned.
 */
@Entity
@Table(name = "uc_report")
@NamedQuery(
    name = "UsedCarReport.ofEnterprise",
    query =
        "SELECT r FROM UsedCarReport r WHERE r.enterpriseId = :e AND r.kind = :kind"
            + " ORDER BY r.periodStart DESC")
@NamedQuery(
    name = "UsedCarReport.ofPeriod",
    query =
        "SELECT r FROM UsedCarReport r WHERE r.enterpriseId = :e AND r.kind = :kind"
            + " AND r.period = :period")
public class UsedCarReport {

  /** The largest figure a cell takes (万元 or vehicles). */
  public static final BigDecimal MOST = new BigDecimal("9999999999.99");

  @Id
  @SequenceGenerator(name = "uc_report_seq", sequenceName = "uc_report_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uc_report_seq")
  private Long id;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "enterprise_name", nullable = false, length = 200)
  private String enterpriseName;

  @Column(name = "region_code", nullable = false, length = 6)
  private String regionCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12, updatable = false)
  private ReportKind kind;

  @Column(nullable = false, length = 7, updatable = false)
  private String period;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  /** The first day after the period (its sales run up to the day before). */
  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ReportStatus status;

  @Column(name = "filler_name", length = 50)
  private String fillerName;

  @Column(name = "saved_at", nullable = false)
  private LocalDateTime savedAt;

  @Column(name = "saved_by", nullable = false, length = 64)
  private String savedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "first_submitted_at")
  private LocalDateTime firstSubmittedAt;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(length = 500)
  private String remark;

  @Column(name = "correction_reason", length = 500)
  private String correctionReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "uc_report_cell", joinColumns = @JoinColumn(name = "report_id"))
  private List<ReportCell> cells = new ArrayList<>();

  @Version private long version;

  protected UsedCarReport() {}

  /** 添加: a period's return, its figures taken from the records, saved as a draft. */
  public static UsedCarReport opened(
      Long enterpriseId,
      String enterpriseName,
      String regionCode,
      ReportPeriod period,
      LocalDate dueOn,
      ReportFigures computed,
      String by,
      LocalDateTime now) {
    var r = new UsedCarReport();
    r.enterpriseId = enterpriseId;
    r.enterpriseName = enterpriseName;
    r.regionCode = regionCode;
    r.kind = period.kind();
    r.period = period.code();
    r.periodStart = period.start();
    r.periodEnd = period.end();
    r.dueOn = dueOn;
    r.status = ReportStatus.DRAFT;
    r.savedAt = now;
    r.savedBy = by;
    for (VehicleClass row : r.kind.rows()) {
      for (ReportColumn col : r.kind.columns()) {
        BigDecimal c = computed.get(row, col);
        r.cells.add(new ReportCell(row, col, c, c));
      }
    }
    return r;
  }

  /** 重新取数: the records' figures again; the enterprise's corrections (with reasons) stay. */
  public void recompute(ReportFigures computed, String by, LocalDateTime now) {
    requireEditable();
    for (ReportCell c : cells) {
      c.recompute(computed.get(c.getRow(), c.getColumn()));
    }
    savedAt = now;
    savedBy = by;
  }

  /**
   * 保存: the figures typed (by {@link ReportCell#key}; blank leaves a cell empty), a reason for each
   * that differs from the records, and 填报人. Every problem is put under its cell.
   */
  public void fill(
      Map<String, String> values,
      Map<String, String> reasons,
      String filler,
      String by,
      LocalDateTime now,
      Checks checks) {
    requireEditable();
    Map<ReportCell, BigDecimal> typed = new java.util.LinkedHashMap<>();
    for (ReportCell c : cells) {
      typed.put(c, ReportRules.parse(c, values == null ? null : values.get(c.key()), checks));
    }
    String name = checks.optionalText("fillerName", filler, 50);
    for (var e : typed.entrySet()) {
      ReportCell c = e.getKey();
      BigDecimal v = e.getValue();
      ReportRules.reason(c, v, reasons == null ? null : reasons.get(c.key()), checks);
    }
    if (!checks.ok()) {
      return;
    }
    for (var e : typed.entrySet()) {
      ReportCell c = e.getKey();
      c.report(
          e.getValue(), reasons == null ? null : ReportRules.blankToNull(reasons.get(c.key())));
    }
    fillerName = name;
    savedAt = now;
    savedBy = by;
  }

  /** 上报: every figure present and consistent; late when first reported after the due day. */
  public void submit(String by, LocalDateTime now) {
    requireEditable();
    var checks = new Checks();
    check(checks);
    if (fillerName == null) {
      checks.add("fillerName", "input.required");
    }
    checks.throwIfAny();
    status = ReportStatus.SUBMITTED;
    submittedAt = now;
    submittedBy = by;
    if (firstSubmittedAt == null) {
      firstSubmittedAt = now;
      late = now.toLocalDate().isAfter(dueOn);
    }
  }

  /** The figures' own rules ({@link ReportRules#check}). */
  public void check(Checks checks) {
    ReportRules.check(kind, cells, grid(), checks);
  }

  /** 受理: the authority accepts a reported return; it is locked from now on. */
  public void accept(String by, String why, LocalDateTime now) {
    require(ReportStatus.SUBMITTED);
    decide(ReportStatus.ACCEPTED, by, why, now);
  }

  /** 退回: back to the enterprise, with what to correct. */
  public void sendBack(String by, String why, LocalDateTime now) {
    require(ReportStatus.SUBMITTED);
    decide(ReportStatus.RETURNED, by, required(why), now);
  }

  /** 申请更正: the enterprise asks to correct an accepted return, saying why. */
  public void requestCorrection(String why, LocalDateTime now) {
    require(ReportStatus.ACCEPTED);
    correctionReason = required(why);
    status = ReportStatus.CORRECTION_REQUESTED;
  }

  /**
   * The authority's answer to a correction request: approved, the return goes back to the
   * enterprise to correct; refused, it stays accepted.
   */
  public void decideCorrection(boolean approve, String by, String why, LocalDateTime now) {
    require(ReportStatus.CORRECTION_REQUESTED);
    decide(
        approve ? ReportStatus.RETURNED : ReportStatus.ACCEPTED,
        by,
        approve ? why : required(why),
        now);
  }

  private void decide(ReportStatus to, String by, String why, LocalDateTime now) {
    status = to;
    decidedBy = by;
    decidedAt = now;
    remark = why == null || why.isBlank() ? null : why.strip();
  }

  private static String required(String why) {
    if (why == null || why.isBlank()) {
      var checks = new Checks();
      checks.add("remark", "input.required");
      checks.throwIfAny();
    }
    if (Checks.characters(why.strip()) > 500) {
      var checks = new Checks();
      checks.add("remark", "input.too-long", "max", 500);
      checks.throwIfAny();
    }
    return why.strip();
  }

  private void require(ReportStatus expected) {
    if (status != expected) {
      throw new RefusedException(
          "usedcar.report-status", "period", period, "status", new Label("reportStatus." + status));
    }
  }

  private void requireEditable() {
    if (!status.editable()) {
      throw new RefusedException(
          "usedcar.report-locked", "period", period, "status", new Label("reportStatus." + status));
    }
  }

  /** The reported figures by row and column (null where not filled). */
  public Map<VehicleClass, Map<ReportColumn, BigDecimal>> grid() {
    Map<VehicleClass, Map<ReportColumn, BigDecimal>> g = new EnumMap<>(VehicleClass.class);
    for (ReportCell c : cells) {
      g.computeIfAbsent(c.getRow(), k -> new EnumMap<>(ReportColumn.class))
          .put(c.getColumn(), c.getValue());
    }
    return g;
  }

  /** 合计 of each column over the rows (null when a cell is empty). */
  public Map<ReportColumn, BigDecimal> totals() {
    Map<ReportColumn, BigDecimal> t = new EnumMap<>(ReportColumn.class);
    for (ReportColumn col : kind.columns()) {
      t.put(col, BigDecimal.ZERO);
    }
    for (ReportCell c : cells) {
      t.computeIfPresent(
          c.getColumn(),
          (k, sum) -> c.getValue() == null || sum == null ? null : sum.add(c.getValue()));
    }
    return t;
  }

  /** Whether the enterprise's sales of the period are closed to change (reported, not returned). */
  public boolean locksSales() {
    return status.reported();
  }

  public Long getId() {
    return id;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public ReportKind getKind() {
    return kind;
  }

  public ReportPeriod getPeriod() {
    return ReportPeriod.parse(kind, period);
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public String getFillerName() {
    return fillerName;
  }

  public LocalDateTime getSavedAt() {
    return savedAt;
  }

  public String getSavedBy() {
    return savedBy;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDateTime getFirstSubmittedAt() {
    return firstSubmittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public boolean isLate() {
    return late;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRemark() {
    return remark;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public List<ReportCell> getCells() {
    return java.util.Collections.unmodifiableList(cells);
  }

  public long getVersion() {
    return version;
  }
}
