package cn.autogov.filing.application;

import cn.autogov.access.Role;
import cn.autogov.calendar.CalendarYearMissingException;
import cn.autogov.calendar.WorkingDays;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.identity.application.Contact;
import cn.autogov.identity.application.Contacts;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Time in the engine: SLA due dates counted in working days (#3's calendar), and the daily work of
 * {@link FilingJobs}: approved filings past their validity become 失效; reviewers are reminded of
 * filings due by the next day; overdue filings are escalated to the supervising reviewers (the same
 * role at province level, and the platform administrators), once.
 */
@Stateless
@PermitAll // used by the filing services and the scheduler; no caller reaches it directly
public class Deadlines {

  private static final Logger LOG = Logger.getLogger(Deadlines.class.getName());

  @PersistenceContext EntityManager em;

  @EJB WorkingDays workingDays;

  @Inject FilingSteps steps;

  @Inject FilingNotices notices;

  @Inject FilingTypes types;

  @Inject Contacts contacts;

  @Inject MessageGateway gateway;

  /**
   * The due date {@code days} working days after {@code day}; past the calendar's known years (the
   * administrators have not entered next year's notice yet), Monday to Friday count.
   */
  public LocalDate dueAfter(LocalDate day, int days) {
    try {
      return workingDays.addWorkingDays(day, days);
    } catch (CalendarYearMissingException e) {
      LOG.warning(() -> "working-day calendar incomplete, weekdays counted: " + e.getMessage());
      LocalDate d = day;
      for (int n = 0; n < days; ) {
        d = d.plusDays(1);
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          n++;
        }
      }
      return d;
    }
  }

  /** 失效: every approved filing whose last valid day is before {@code today}. */
  public int expire(LocalDate today) {
    LocalDateTime now = BusinessTime.now();
    List<Filing> due =
        em.createNamedQuery("Filing.expiring", Filing.class)
            .setParameter("today", today)
            .getResultList();
    int n = 0;
    for (Filing f : due) {
      if (f.expireIfDue(today, now)) {
        n++;
      }
      steps.publish(null, f);
    }
    return n;
  }

  /**
   * Reminds enterprises that an approved filing's validity ends in 30 days, and again in 7 (seed
   * 001: file anew in time); each reminder once.
   */
  public int remindExpiry(LocalDate today) {
    List<Filing> ending =
        em.createNamedQuery("Filing.validityEnding", Filing.class)
            .setParameter("today", today)
            .setParameter(
                "horizon",
                today.plusDays(
                    java.util.Collections.max(cn.autogov.filing.domain.ValidityPeriod.REMINDERS)))
            .getResultList();
    int n = 0;
    for (Filing f : ending) {
      Integer days = f.expiryReminderDue(today);
      if (days != null) {
        notices.validityEnding(
            f, java.time.temporal.ChronoUnit.DAYS.between(today, f.getValidUntil()));
        f.expiryReminded(days);
        n++;
      }
    }
    return n;
  }

  /** Reminds the reviewers of filings due today or tomorrow, once a day. */
  public int remind(LocalDate today) {
    List<Filing> due =
        em.createNamedQuery("Filing.dueSoon", Filing.class)
            .setParameter("by", today.plusDays(1))
            .setParameter("today", today)
            .getResultList();
    for (Filing f : due) {
      for (Contact a : reviewersOf(f)) {
        send(a, applicantsTurn(f) ? "sms.fulfilment-due" : "sms.review-due", f);
      }
      f.reminded(today);
    }
    return due.size();
  }

  /** Hands overdue filings up to the supervising reviewers, once per filing and stage. */
  public int escalate(LocalDate today) {
    LocalDateTime now = BusinessTime.now();
    List<Filing> overdue =
        em.createNamedQuery("Filing.overdue", Filing.class)
            .setParameter("today", today)
            .getResultList();
    for (Filing f : overdue) {
      Set<Contact> to = supervisorsOf(f);
      for (Contact a : to) {
        send(a, applicantsTurn(f) ? "sms.fulfilment-overdue" : "sms.review-overdue", f);
      }
      f.escalate(String.join(",", to.stream().map(Contact::loginName).toList()), now);
      steps.publish(null, f);
    }
    return overdue.size();
  }

  /** An approved filing waiting for a fulfilment step of the applicant's own (确认收到). */
  private static boolean applicantsTurn(Filing f) {
    return f.getStatus() == FilingStatus.APPROVED && !f.getReview().getQueueRole().isStaff();
  }

  /**
   * The one who holds the filing, else every reviewer of its queue in its division; for a legal
   * person's own queue (an addressed stage: 经办人审核), the legal person of the enterprise addressed;
   * for the applicant's own fulfilment step, the applicant (who filed it and its legal person).
   */
  List<Contact> reviewersOf(Filing f) {
    if (f.getReview().getClaimedBy() != null) {
      return contacts.withLogin(f.getReview().getClaimedBy());
    }
    if (applicantsTurn(f)) {
      return contacts.ofEnterprise(f.getApplicant().getEnterpriseId(), f.getCreatedBy());
    }
    if (!f.getReview().getQueueRole().isStaff()) {
      return contacts.ofEnterprise(f.getAddresseeId(), null);
    }
    var stage = types.of(f.getTypeCode()).type().stage(f.getReview().getStage());
    List<Contact> covering =
        contacts.staff(f.getReview().getQueueRole()).stream()
            .filter(a -> !stage.regional() || FilingAccess.covers(stage, a.regionCode(), f))
            .toList();
    if (!stage.regional()) {
      return covering;
    }
    // the most local division that has reviewers: the county's, else the city's, else the
    // province's (seed 003: "地方商务主管部门" confirms); those above still see it in their queues
    int nearest =
        covering.stream()
            .mapToInt(a -> cn.autogov.access.Actor.regionPrefix(a.regionCode()).length())
            .max()
            .orElse(0);
    return covering.stream()
        .filter(a -> cn.autogov.access.Actor.regionPrefix(a.regionCode()).length() == nearest)
        .toList();
  }

  /**
   * The province-level reviewers of the queue's role over the applicant's division (a regional
   * stage) and the administrators; for a legal person's own queue nobody stands above it, so it
   * hears again itself.
   */
  Set<Contact> supervisorsOf(Filing f) {
    if (!f.getReview().getQueueRole().isStaff()) {
      return new LinkedHashSet<>(reviewersOf(f));
    }
    Set<Contact> to = new LinkedHashSet<>();
    boolean regional = types.of(f.getTypeCode()).type().stage(f.getReview().getStage()).regional();
    if (regional) {
      contacts.staff(f.getReview().getQueueRole()).stream()
          .filter(a -> a.regionCode() != null && a.regionCode().endsWith("0000"))
          .filter(a -> FilingAccess.covers(a.regionCode(), f))
          .forEach(to::add);
    }
    to.addAll(contacts.staff(Role.ADMIN));
    return to;
  }

  private void send(Contact a, String key, Filing f) {
    String prefixed =
        cn.autogov.kernel.DomainText.message(
            key,
            java.util.Map.of(
                "number", f.getNumber(),
                "applicant", String.valueOf(f.getApplicant().getName()),
                "dueOn", String.valueOf(f.getDueOn())));
    if (a.mobile() != null) {
      gateway.send(Channel.SMS, a.mobile(), prefixed);
    } else if (a.email() != null) {
      gateway.send(Channel.EMAIL, a.email(), prefixed);
    }
  }
}
