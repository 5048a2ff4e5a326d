package cn.autogov.web.filing;

import cn.autogov.filing.application.QueuePage;
import cn.autogov.filing.application.QueueQuery;
import cn.autogov.filing.application.ReviewService;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Paged;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /review/filings/index.xhtml?list=queue|mine|done: the reviewer's queue (待办), what the reviewer
 * holds (我的待办) and has decided (已办), with filters, order and paging.
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable, Paged {

  private static final long serialVersionUID = 1L;
  private static final int SIZE = 20;

  @Inject ReviewService review;

  private String list = "queue";
  private List<String> types;
  private String type;
  private String applicant;
  private String submittedFrom;
  private String submittedTo;
  private String dueBy;
  private boolean overdueOnly;
  private String sort = "due";
  private int page = 1;
  private QueuePage result;

  @PostConstruct
  void load() {
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("list");
    if ("mine".equals(asked) || "done".equals(asked)) {
      list = asked;
    }
    types = review.types();
    fetch(1, null, null);
  }

  /** Page {@code asked}, after or before a cursor when given; the page shown stays on a mistake. */
  private void fetch(int asked, String after, String before) {
    QueuePage found =
        Forms.call(
            "queue",
            () ->
                "done".equals(list)
                    ? review.done(asked, SIZE)
                    : review.queue(
                        new QueueQuery(
                            type,
                            applicant,
                            Forms.date("submittedFrom", submittedFrom),
                            Forms.date("submittedTo", submittedTo),
                            Forms.date("dueBy", dueBy),
                            overdueOnly,
                            "mine".equals(list),
                            sort,
                            asked,
                            SIZE,
                            after,
                            before)));
    if (found != null) {
      result = found;
      page = found.page();
    }
  }

  public void search() {
    fetch(1, null, null);
  }

  /** The next page: a seek from this page's last row (by number in 已办). */
  @Override
  public void next() {
    if (hasNext()) {
      fetch(page + 1, result.next(), null);
    }
  }

  /** The page before: a seek back from this page's first row (by number in 已办). */
  @Override
  public void previous() {
    if (page > 1) {
      fetch(page - 1, null, result.previous());
    }
  }

  /** 受理, then to the filing. */
  public String claim(Long id) {
    if (!Forms.run("queue", () -> review.claim(id))) {
      return null;
    }
    return Pages.redirect("/review/filings/view.xhtml?id=" + id);
  }

  public String getList() {
    return list;
  }

  public List<String> getTypes() {
    return types;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getApplicant() {
    return applicant;
  }

  public void setApplicant(String applicant) {
    this.applicant = applicant;
  }

  public String getSubmittedFrom() {
    return submittedFrom;
  }

  public void setSubmittedFrom(String submittedFrom) {
    this.submittedFrom = submittedFrom;
  }

  public String getSubmittedTo() {
    return submittedTo;
  }

  public void setSubmittedTo(String submittedTo) {
    this.submittedTo = submittedTo;
  }

  public String getDueBy() {
    return dueBy;
  }

  public void setDueBy(String dueBy) {
    this.dueBy = dueBy;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  @Override
  public int getPage() {
    return page;
  }

  @Override
  public int pageSize() {
    return SIZE;
  }

  @Override
  public long total() {
    return result == null ? 0 : Math.min(result.total(), QueuePage.COUNT_CAP);
  }

  @Override
  public boolean totalCapped() {
    return result != null && result.totalCapped();
  }

  @Override
  public boolean hasNext() {
    return result != null && result.hasNext();
  }

  public QueuePage getResult() {
    return result;
  }
}
