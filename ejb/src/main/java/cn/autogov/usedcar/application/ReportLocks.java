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
}
