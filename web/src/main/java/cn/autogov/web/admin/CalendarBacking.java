package cn.autogov.web.admin;

import cn.autogov.calendar.CalendarYearView;
import cn.autogov.calendar.NoticeLines;
import cn.autogov.calendar.WorkingDays;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * /admin/calendar.xhtml: the years entered, and a form to enter next year's State Council holiday
 * notice (or correct a year), line by line as the notice reads. Nothing is saved unless every line
 * is right.
 */
@Named
@RequestScoped
public class CalendarBacking {

  @Inject WorkingDays workingDays;

  @NotNull
  @Min(2024)
  @Max(2100)
  private Integer year;

  @NotBlank private String noticeTitle;

  private String noticeUrl;

  @NotBlank private String lines;

  public List<CalendarYearView> getYears() {
    return workingDays.years();
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    var parsed = NoticeLines.parse(year, lines);
    if (!parsed.problems().isEmpty()) {
      var locale = faces.getViewRoot().getLocale();
      String label = Texts.ui("admin.calendar.lines");
      parsed
          .problems()
          .forEach(
              p ->
                  faces.addMessage(
                      "calendar:lines",
                      new FacesMessage(
                          FacesMessage.SEVERITY_ERROR, DomainText.render(locale, p, label), null)));
      faces.validationFailed();
      return;
    }
    workingDays.recordYear(year, noticeTitle.strip(), blankToNull(noticeUrl), parsed.periods());
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Texts.ui("admin.calendar.saved", String.valueOf(year), parsed.periods().size()),
            null));
    year = null;
    noticeTitle = null;
    noticeUrl = null;
    lines = null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getNoticeTitle() {
    return noticeTitle;
  }

  public void setNoticeTitle(String noticeTitle) {
    this.noticeTitle = noticeTitle;
  }

  public String getNoticeUrl() {
    return noticeUrl;
  }

  public void setNoticeUrl(String noticeUrl) {
    this.noticeUrl = noticeUrl;
  }

  public String getLines() {
    return lines;
  }

  public void setLines(String lines) {
    this.lines = lines;
  }
}
