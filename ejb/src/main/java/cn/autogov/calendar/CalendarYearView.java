package cn.autogov.calendar;

/** A year of the working-day calendar: the State Council notice its lines were entered from. */
public record CalendarYearView(int year, String noticeTitle, String noticeUrl) {

  static CalendarYearView of(CalendarYear y) {
    return new CalendarYearView(y.getYear(), y.getNoticeTitle(), y.getNoticeUrl());
  }
}
