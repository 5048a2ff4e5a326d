package cn.autogov.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One line of a holiday notice: days off ("10月1日至8日放假调休") or a make-up working day ("9月28日（周日）上班"),
 * as the notice states it.
 */
@Entity
@Table(name = "calendar_period")
@NamedQuery(
    name = "CalendarPeriod.all",
    query = "SELECT p FROM CalendarPeriod p ORDER BY p.firstDay")
public class CalendarPeriod {

  @Id
  @SequenceGenerator(
      name = "calendar_period_seq",
      sequenceName = "calendar_period_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_period_seq")
  private Long id;

  @Column(name = "notice_year", nullable = false)
  private int year;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(name = "off_day", nullable = false)
  private boolean offDay;

  @Column(name = "name_zh", nullable = false, length = 40)
  private String nameZh;

  protected CalendarPeriod() {}

  /** {@code year}: the notice's year (a period may reach into the year before or after). */
  public CalendarPeriod(
      int year, LocalDate firstDay, LocalDate lastDay, boolean offDay, String nameZh) {
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "period ends before it starts: " + firstDay + " - " + lastDay);
    }
    this.year = year;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.offDay = offDay;
    this.nameZh = nameZh;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public boolean isOffDay() {
    return offDay;
  }

  public String getNameZh() {
    return nameZh;
  }
}
