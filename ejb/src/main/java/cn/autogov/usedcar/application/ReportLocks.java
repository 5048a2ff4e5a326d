package cn.autogov.usedcar.application;

import cn.autogov.kernel.DomainText.Label;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.usedcar.domain.UsedCarReport;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * A month's sales are closed to entry, change and deletion once its monthly report is reported (上报,
 * 受理, or a correction asked): the figures the authority has must stay what the records say. A
 * returned report (or an approved correction) opens them again.
 */
@Dependent
public class ReportLocks {

  @PersistenceContext EntityManager em;

  /** Refused, naming the report, when the month of {@code day} is reported. */
  public void requireOpen(Long enterpriseId, LocalDate day) {
    if (day == null) {
      return;
    }
    var period = ReportKind.MONTHLY.periodOf(day);
    em.createNamedQuery("UsedCarReport.ofPeriod", UsedCarReport.class)
        .setParameter("e", enterpriseId)
        .setParameter("kind", ReportKind.MONTHLY)
        .setParameter("period", period.code())
        .getResultStream()
        .filter(UsedCarReport::locksSales)
        .findFirst()
        .ifPresent(
            r -> {
              throw new RefusedException(
                  "usedcar.month-reported",
                  "period",
                  period.code(),
                  "status",
                  new Label("reportStatus." + r.getStatus()));
            });
  }

  /**
   * The report a caller changes: found only when {@code visible} to the caller (not found
   * otherwise), locked for the transaction and read afresh, refused when it is no longer the
   * version the caller read.
   */
  public UsedCarReport forChange(
      Long id, long version, java.util.function.Predicate<UsedCarReport> visible) {
    UsedCarReport r = id == null ? null : em.find(UsedCarReport.class, id);
    if (r == null || !visible.test(r)) {
      throw RefusedException.notFound();
    }
    em.lock(r, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    em.refresh(r);
    if (r.getVersion() != version) {
      throw new RefusedException("usedcar.report-changed");
    }
    return r;
  }
}
