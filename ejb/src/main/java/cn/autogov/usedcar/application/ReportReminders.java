package cn.autogov.usedcar.application;

import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.identity.application.Contact;
import cn.autogov.identity.application.Contacts;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.DomainText;
import cn.autogov.notification.Channel;
import cn.autogov.notification.Inbox;
import cn.autogov.notification.MessageGateway;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.usedcar.domain.ReportPeriod;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is expected to report a period, who has not, and telling them: in the inbox and by SMS (or
 * email), at most once a day per business and period — the daily job's reminder before the due day
 * and an authority's 催报 alike.
 */
@Stateless
@PermitAll // used by the report services and the daily job; no caller reaches it directly
public class ReportReminders {

  @PersistenceContext EntityManager em;

  @Inject Contacts contacts;

  @Inject MessageGateway gateway;

  @EJB Inbox inbox;

  @Inject ReportDueDates dueDates;

  /**
   * The businesses expected to report a kind in a division (a prefix of its codes; "" for all): a
   * confirmed filing of a kind that reports it. Id, name, credit code, division.
   */
  public List<Object[]> expected(ReportKind kind, String prefix) {
    return em.createQuery(
            "SELECT b.enterpriseId, e.name, e.creditCode, b.domicileRegion"
                + " FROM UsedCarBusiness b, Enterprise e WHERE e.id = b.enterpriseId"
                + " AND b.domicileRegion LIKE :prefix AND EXISTS (SELECT f.id FROM Filing f"
                + " WHERE f.applicant.enterpriseId = b.enterpriseId AND f.typeCode IN :types"
                + " AND f.status = :approved)",
            Object[].class)
        .setParameter("prefix", prefix + "%")
        .setParameter("types", kind.filingTypes())
        .setParameter("approved", FilingStatus.APPROVED)
        .getResultList();
  }

  /** The expected businesses of a division that have not reported the period. */
  public List<Long> missing(ReportPeriod period, String prefix) {
    Set<Long> reported =
        new HashSet<>(
            em.createQuery(
                    "SELECT r.enterpriseId FROM UsedCarReport r WHERE r.kind = :kind"
                        + " AND r.period = :period AND r.firstSubmittedAt IS NOT NULL",
                    Long.class)
                .setParameter("kind", period.kind())
                .setParameter("period", period.code())
                .getResultList());
    return expected(period.kind(), prefix).stream()
        .map(e -> (Long) e[0])
        .filter(id -> !reported.contains(id))
        .toList();
  }

  /**
   * The daily job: on the reminder day before each kind's due day, every business still missing its
   * return hears of it. How many were told.
   */
  public int remindBeforeDue(LocalDate today) {
    int n = 0;
    for (ReportKind kind : ReportKind.values()) {
      ReportPeriod period = kind.periodOf(today).previous();
      if (today.equals(dueDates.remindOn(period))) {
        n += remind(kind, period, missing(period, ""), "system");
      }
    }
    return n;
  }

  /** Tells each business of the list, unless it heard of this period today. How many heard. */
  public int remind(ReportKind kind, ReportPeriod period, List<Long> enterprises, String by) {
    LocalDate today = BusinessTime.today();
    LocalDate due = dueDates.dueOn(period);
    String what = DomainText.text(DomainText.MESSAGES, "reportKind." + kind.name());
    int n = 0;
    for (Long id : enterprises) {
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO uc_report_reminder (enterprise_id, kind, period, reminded_on,"
                      + " reminded_by) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                      + " uc_report_reminder WHERE enterprise_id = ? AND kind = ? AND period = ?"
                      + " AND reminded_on = ?)")
              .setParameter(1, id)
              .setParameter(2, kind.name())
              .setParameter(3, period.code())
              .setParameter(4, today)
              .setParameter(5, by)
              .setParameter(6, id)
              .setParameter(7, kind.name())
              .setParameter(8, period.code())
              .setParameter(9, today)
              .executeUpdate();
      if (inserted == 0) {
        continue;
      }
      boolean late = today.isAfter(due);
      String text =
          DomainText.message(
              late ? "sms.usedcar-report.overdue" : "sms.usedcar-report.due",
              Map.of("report", what, "period", period.code(), "dueOn", due.toString()));
      for (Contact c : contacts.ofEnterprise(id, null)) {
        inbox.put(
            c.accountId(),
            null,
            late ? "inbox.usedcar-report.overdue" : "inbox.usedcar-report.due",
            List.of(what, period.code(), due.toString()));
        if (c.mobile() != null) {
          gateway.send(Channel.SMS, c.mobile(), text);
        } else if (c.email() != null) {
          gateway.send(Channel.EMAIL, c.email(), text);
        }
      }
      n++;
    }
    return n;
  }
}
