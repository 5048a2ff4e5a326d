package cn.autogov.calendar;

import cn.autogov.access.Role;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The platform's working-day calendar, loaded from the database and kept for a minute (so an
 * administrator's new year reaches every cluster member within a minute). Administrators enter a
 * new year's notice; everyone may ask.
 */
@Singleton
@Lock(LockType.READ)
public class WorkingDays {

  private static final Logger LOG = Logger.getLogger(WorkingDays.class.getName());
  private static final long KEEP_NANOS = 60_000_000_000L;

  @PersistenceContext EntityManager em;

  @jakarta.ejb.EJB cn.autogov.audit.application.AuditTrail audit;

  @Resource SessionContext context;

  private volatile WorkingDayCalendar calendar;
  private volatile long loadedAt;

  /**
   * The n-th working day after {@code start}; throws {@link CalendarYearMissingException} past the
   * known years.
   */
  @PermitAll
  public LocalDate addWorkingDays(LocalDate start, int n) {
    return calendar().addWorkingDays(start, n);
  }

  @PermitAll
  public boolean isWorkingDay(LocalDate day) {
    return calendar().isWorkingDay(day);
  }

  /** The years the calendar knows, with the notice each was entered from. */
  @PermitAll
  public List<CalendarYearView> years() {
    return em.createNamedQuery("CalendarYear.all", CalendarYear.class)
        .getResultStream()
        .map(CalendarYearView::of)
        .toList();
  }

  /** Enters (or replaces) a year's notice and its lines, all at once. */
  @RolesAllowed(Role.Names.ADMIN)
  @Lock(LockType.WRITE)
  public void recordYear(
      int year, String noticeTitle, String noticeUrl, List<CalendarPeriod> periods) {
    em.createQuery("DELETE FROM CalendarPeriod p WHERE p.year = :y")
        .setParameter("y", year)
        .executeUpdate();
    CalendarYear existing = em.find(CalendarYear.class, year);
    if (existing != null) {
      em.remove(existing);
      em.flush();
    }
    em.persist(
        new CalendarYear(
            year,
            noticeTitle,
            noticeUrl,
            context.getCallerPrincipal().getName(),
            BusinessTime.now()));
    em.flush();
    periods.forEach(em::persist);
    calendar = null;
    audit.recordByCaller(
        "calendar.year-recorded",
        Integer.toString(year),
        null,
        periods.size() + " lines: " + noticeTitle);
    LOG.info(() -> "Working-day calendar " + year + " recorded with " + periods.size() + " lines");
  }

  private WorkingDayCalendar calendar() {
    WorkingDayCalendar c = calendar;
    if (c == null || System.nanoTime() - loadedAt > KEEP_NANOS) {
      List<Integer> years = years().stream().map(CalendarYearView::year).toList();
      List<CalendarPeriod> periods =
          em.createNamedQuery("CalendarPeriod.all", CalendarPeriod.class).getResultList();
      c = WorkingDayCalendar.of(years, periods);
      calendar = c;
      loadedAt = System.nanoTime();
    }
    return c;
  }
}
