package cn.autogov.usedcar.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.access.Actor;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.domain.BusinessKind;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.usedcar.domain.ReportPeriod;
import cn.autogov.usedcar.domain.UsedCarBusiness;
import cn.autogov.usedcar.domain.UsedCarReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 二手车企业报表 (seed 003 §2.5) of the enterprise the caller acts for, once the local commerce authority
 * confirmed its filing: 添加 a period's return pre-filled from its sales records, 保存 with reasons
 * beside every corrected figure, 上报, the list by year, and — after acceptance — 申请更正.
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT})
public class UsedCarReports {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB AuditTrail audit;

  @Inject UsedCarConfirmations confirmations;

  @Inject ReportPrefill prefill;

  @Inject ReportDueDates dueDates;

  @Inject ReportLocks locks;

  /** The returns the caller's enterprise reports: by the kinds of its confirmed filings. */
  public List<ReportKind> kinds() {
    Set<BusinessKind> confirmed = confirmations.confirmedKinds(enterprise(actors.current()));
    return java.util.Arrays.stream(ReportKind.values())
        .filter(k -> k.filers().stream().anyMatch(confirmed::contains))
        .toList();
  }

  /** 查询: the enterprise's returns of a kind, the newest period first, of one year if given. */
  public List<ReportView> list(ReportKind kind, Integer year) {
    Long e = enterprise(actors.current());
    LocalDate today = BusinessTime.today();
    String local = prefill.localName(e);
    return em.createNamedQuery("UsedCarReport.ofEnterprise", UsedCarReport.class)
        .setParameter("e", e)
        .setParameter("kind", kind)
        .getResultStream()
        .filter(r -> year == null || r.getPeriod().year() == year)
        .map(r -> ReportView.of(r, today, local))
        .toList();
  }

  /**
   * 添加: the period's return, pre-filled from the sales records and saved as a draft; the one
   * already there when it exists. Only ended periods, and only of a kind the enterprise reports.
   */
  public ReportView open(ReportKind kind, String periodCode) {
    Actor a = actors.current();
    Long e = enterprise(a);
    confirmations.require(e);
    if (!kinds().contains(kind)) {
      throw new RefusedException("usedcar.report-kind", "kind", label(kind));
    }
    ReportPeriod period = ReportPeriod.parse(kind, periodCode);
    var checks = new Checks();
    if (period == null) {
      checks.add("period", "usedcar.report-period-format", "value", String.valueOf(periodCode));
    } else if (!BusinessTime.today().isAfter(period.end().minusDays(1))) {
      checks.add("period", "usedcar.report-period-open", "period", period.code());
    }
    checks.throwIfAny();
    var existing = find(e, period);
    if (existing != null) {
      return view(existing);
    }
    Enterprise ent = em.find(Enterprise.class, e);
    UsedCarBusiness b = em.find(UsedCarBusiness.class, e);
    var r =
        UsedCarReport.opened(
            e,
            ent.getName(),
            b == null ? ent.getRegionCode() : b.getDomicileRegion(),
            period,
            dueDates.dueOn(period),
            prefill.figures(kind, e, period),
            a.loginName(),
            BusinessTime.now());
    em.persist(r);
    em.flush();
    record(a, "usedcar-report.opened", r, null);
    return view(r);
  }

  public ReportView get(Long id) {
    return view(own(actors.current(), id));
  }

  /** 保存: the figures and reasons typed, on the version read. */
  public ReportView save(
      Long id,
      long version,
      Map<String, String> values,
      Map<String, String> reasons,
      String fillerName) {
    Actor a = actors.current();
    UsedCarReport r = own(a, id, version);
    var checks = new Checks();
    r.fill(values, reasons, fillerName, a.loginName(), BusinessTime.now(), checks);
    checks.throwIfAny();
    em.flush();
    record(a, "usedcar-report.saved", r, null);
    return view(r);
  }

  /** 重新取数: the records' figures again (sales entered since); corrections with reasons stay. */
  public ReportView recompute(Long id, long version) {
    Actor a = actors.current();
    UsedCarReport r = own(a, id, version);
    r.recompute(
        prefill.figures(r.getKind(), r.getEnterpriseId(), r.getPeriod()),
        a.loginName(),
        BusinessTime.now());
    em.flush();
    return view(r);
  }

  /** 上报: to the local commerce authority; the month's sales close. */
  public ReportView submit(Long id, long version) {
    Actor a = actors.current();
    UsedCarReport r = own(a, id, version);
    confirmations.require(r.getEnterpriseId());
    r.submit(a.loginName(), BusinessTime.now());
    em.flush();
    record(a, "usedcar-report.submitted", r, r.isLate() ? "late" : null);
    return view(r);
  }

  /** 申请更正 of an accepted return, saying why; the authority approves or refuses. */
  public ReportView requestCorrection(Long id, long version, String reason) {
    Actor a = actors.current();
    UsedCarReport r = own(a, id, version);
    r.requestCorrection(reason, BusinessTime.now());
    em.flush();
    record(a, "usedcar-report.correction-requested", r, reason);
    return view(r);
  }

  private ReportView view(UsedCarReport r) {
    return ReportView.of(r, BusinessTime.today(), prefill.localName(r.getEnterpriseId()));
  }

  private UsedCarReport find(Long e, ReportPeriod p) {
    return em.createNamedQuery("UsedCarReport.ofPeriod", UsedCarReport.class)
        .setParameter("e", e)
        .setParameter("kind", p.kind())
        .setParameter("period", p.code())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private UsedCarReport own(Actor a, Long id) {
    UsedCarReport r = id == null ? null : em.find(UsedCarReport.class, id);
    if (r == null || !r.getEnterpriseId().equals(a.enterpriseId())) {
      throw RefusedException.notFound();
    }
    return r;
  }

  private UsedCarReport own(Actor a, Long id, long version) {
    return locks.forChange(id, version, r -> r.getEnterpriseId().equals(a.enterpriseId()));
  }

  private static Long enterprise(Actor a) {
    if (a.enterpriseId() == null) {
      throw new RefusedException("usedcar.no-enterprise");
    }
    return a.enterpriseId();
  }

  static cn.autogov.kernel.DomainText.Label label(ReportKind kind) {
    return new cn.autogov.kernel.DomainText.Label("reportKind." + kind.name());
  }

  private void record(Actor a, String action, UsedCarReport r, String detail) {
    audit.record(
        new AuditEvent(
            a.loginName(),
            r.getEnterpriseId(),
            action,
            "usedcar-report/" + r.getId(),
            null,
            null,
            r.getKind()
                + " "
                + r.getPeriod()
                + " "
                + r.getStatus()
                + (detail == null ? "" : " " + detail)));
  }
}
