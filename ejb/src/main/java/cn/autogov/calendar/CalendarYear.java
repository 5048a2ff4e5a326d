package cn.autogov.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A year whose holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) has been entered: only then it counts. */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = "CalendarYear.all", query = "SELECT y FROM CalendarYear y ORDER BY y.year")
public class CalendarYear {

  @Id
  @Column(name = "notice_year")
  private int year;

  @Column(name = "notice_title", nullable = false, length = 200)
  private String noticeTitle;

  @Column(name = "notice_url", length = 300)
  private String noticeUrl;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  protected CalendarYear() {}

  public CalendarYear(
      int year, String noticeTitle, String noticeUrl, String recordedBy, LocalDateTime at) {
    this.year = year;
    this.noticeTitle = noticeTitle;
    this.noticeUrl = noticeUrl;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public int getYear() {
    return year;
  }

  public String getNoticeTitle() {
    return noticeTitle;
  }

  public String getNoticeUrl() {
    return noticeUrl;
  }
}
