package cn.autogov.filing.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A reviewer's view of the queue: filters (type, applicant name or filing number, submitted
 * between, due by, overdue only, only those I hold), the order ("due" or "submitted", oldest first)
 * and the page (from 1).
 */
public record QueueQuery(
    String type,
    String applicant,
    LocalDate submittedFrom,
    LocalDate submittedTo,
    LocalDate dueBy,
    boolean overdueOnly,
    boolean mineOnly,
    String sort,
    int page,
    int size)
    implements Serializable {

  public static final int MAX_SIZE = 100;

  public QueueQuery {
    page = Math.max(page, 1);
    size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    sort = "submitted".equals(sort) ? "submitted" : "due";
  }

  public static QueueQuery firstPage() {
    return new QueueQuery(null, null, null, null, null, false, false, "due", 1, 20);
  }
}
