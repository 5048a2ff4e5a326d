package cn.autogov.usedcar.application;

import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;

import cn.autogov.access.Actor;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.usedcar.domain.ReportPeriod;
import cn.autogov.usedcar.domain.UsedCarReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local commerce authority's side of the returns, within its division: completeness of a period
 * (expected, reported on time or late, missing), each return read, 受理 (accepted: locked), 退回 with a
 * remark, the answer to a correction request, and one reminder to every missing business at once.
 */
@Stateless
@RolesAllowed(COMMERCE_AUTHORITY)
public class UsedCarReportReviews {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB AuditTrail audit;

  @Inject ReportDueDates dueDates;

  @Inject ReportPrefill prefill;

  @EJB ReportReminders reminders;

  @Inject ReportLocks locks;

  /** A period's completeness over the caller's division (or a division within it). */
  public Completeness completeness(ReportKind kind, String periodCode, String region) {
    Actor a = actors.current();
    ReportPeriod period = period(kind, periodCode);
    String prefix = prefix(a, region);
    LocalDate due = dueDates.dueOn(period);
    Map<Long, UsedCarReport> reports = new HashMap<>();
    em.createQuery(
            "SELECT r FROM UsedCarReport r WHERE r.kind = :kind AND r.period = :period"
                + " AND r.regionCode LIKE :prefix",
            UsedCarReport.class)
        .setParameter("kind", kind)
        .setParameter("period", period.code())
        .setParameter("prefix", prefix + "%")
        .getResultStream()
        .forEach(r -> reports.put(r.getEnterpriseId(), r));
    List<Completeness.Line> lines = new ArrayList<>();
    int submitted = 0;
    int late = 0;
    int accepted = 0;
    for (Object[] e : reminders.expected(kind, prefix)) {
      Long id = (Long) e[0];
      UsedCarReport r = reports.get(id);
      boolean reported = r != null && r.getFirstSubmittedAt() != null;
      if (reported) {
        submitted++;
        late += r.isLate() ? 1 : 0;
        accepted += r.getStatus() == cn.autogov.usedcar.domain.ReportStatus.ACCEPTED ? 1 : 0;
      }
      lines.add(
          new Completeness.Line(
              id,
              (String) e[1],
              e[2] == null ? null : e[2].toString(),
              (String) e[3],
              r == null ? null : r.getId(),
              r == null ? null : r.getStatus().name(),
              r == null ? null : r.getFirstSubmittedAt(),
              reported && r.isLate(),
              !reported));
    }
    lines.sort(
        Comparator.comparing(Completeness.Line::missing)
            .reversed()
            .thenComparing(Completeness.Line::regionCode)
            .thenComparing(Completeness.Line::enterpriseName));
    LocalDate today = BusinessTime.today();
    return new Completeness(
        kind.name(),
        period.code(),
        due,
        today.isAfter(due),
        lines.size(),
        submitted,
        submitted - late,
        late,
        lines.size() - submitted,
        accepted,
        lines);
  }

  /** 催报: one reminder to each missing business of the period in the caller's division. */
  public int remindMissing(ReportKind kind, String periodCode, String region) {
    Actor a = actors.current();
    Completeness c = completeness(kind, periodCode, region);
    List<Long> missing =
        c.lines().stream()
            .filter(Completeness.Line::missing)
            .map(Completeness.Line::enterpriseId)
            .toList();
    int sent = reminders.remind(kind, period(kind, periodCode), missing, a.loginName());
    audit.record(
        new AuditEvent(
            a.loginName(),
            null,
            "usedcar-report.reminded",
            "usedcar-report/" + kind + "/" + c.period(),
            null,
            null,
            sent + " of " + missing.size()));
    return sent;
  }

  public ReportView get(Long id) {
    return view(covered(actors.current(), id));
  }

  /** 受理: accepted, locked; an optional remark. */
  public ReportView accept(Long id, long version, String remark) {
    Actor a = actors.current();
    UsedCarReport r = covered(a, id, version);
    r.accept(a.loginName(), remark, BusinessTime.now());
    return done(a, r, "usedcar-report.accepted", remark);
  }

  /** 退回: back to the enterprise, saying what to correct. */
  public ReportView sendBack(Long id, long version, String remark) {
    Actor a = actors.current();
    UsedCarReport r = covered(a, id, version);
    r.sendBack(a.loginName(), remark, BusinessTime.now());
    return done(a, r, "usedcar-report.returned", remark);
  }

  /** A correction request answered: approved (back to the enterprise) or refused (stays). */
  public ReportView decideCorrection(Long id, long version, boolean approve, String remark) {
    Actor a = actors.current();
    UsedCarReport r = covered(a, id, version);
    r.decideCorrection(approve, a.loginName(), remark, BusinessTime.now());
    return done(
        a,
        r,
        approve ? "usedcar-report.correction-approved" : "usedcar-report.correction-refused",
        remark);
  }

  private ReportView done(Actor a, UsedCarReport r, String action, String remark) {
    em.flush();
    audit.record(
        new AuditEvent(
            a.loginName(),
            r.getEnterpriseId(),
            action,
            "usedcar-report/" + r.getId(),
            null,
            null,
            r.getKind() + " " + r.getPeriod() + (remark == null ? "" : " " + remark)));
    return view(r);
  }

  private ReportView view(UsedCarReport r) {
    return ReportView.of(r, BusinessTime.today(), prefill.localName(r.getEnterpriseId()));
  }

  /** The caller's division, or one within it ({@code region}); refused when outside. */
  static String prefix(Actor a, String region) {
    String own = a.regionCode() == null ? "" : Actor.regionPrefix(a.regionCode());
    if (region == null || region.isBlank()) {
      return own;
    }
    String r = region.strip();
    if (!r.matches("\\d{6}") || !Actor.regionPrefix(r).startsWith(own)) {
      throw new RefusedException("usedcar.region-outside", "region", r);
    }
    return Actor.regionPrefix(r);
  }

  static ReportPeriod period(ReportKind kind, String code) {
    ReportPeriod p = ReportPeriod.parse(kind, code);
    if (p == null) {
      var checks = new cn.autogov.kernel.Checks();
      checks.add("period", "usedcar.report-period-format", "value", String.valueOf(code));
      checks.throwIfAny();
    }
    return p;
  }

  private UsedCarReport covered(Actor a, Long id) {
    UsedCarReport r = id == null ? null : em.find(UsedCarReport.class, id);
    if (r == null || a.regionCode() != null && !a.covers(r.getRegionCode())) {
      throw RefusedException.notFound();
    }
    return r;
  }

  private UsedCarReport covered(Actor a, Long id, long version) {
    return locks.forChange(id, version, r -> a.regionCode() == null || a.covers(r.getRegionCode()));
  }
}
