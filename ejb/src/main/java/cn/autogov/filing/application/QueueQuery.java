package cn.autogov.filing.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A reviewer's view of the queue: filters (type, applicant name or filing number, submitted
 * between, due by, overdue only, only those I hold), the order ("due" or "submitted", oldest first)
 * and the page (from 1). A page after the first is found by a seek from the previous page's last
 * row ({@code after}, the {@link QueuePage#next} cursor) or the next page's first ({@code before},
 * its {@link QueuePage#previous}); without either, by its number (an OFFSET, slower deep in a
 * queue).
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
    int size,
    String after,
    String before)
    implements Serializable {

  public static final int MAX_SIZE = 100;

  public QueueQuery {
    page = Math.max(page, 1);
    size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    sort = "submitted".equals(sort) ? "submitted" : "due";
  }

  public static QueueQuery firstPage() {
    return new QueueQuery(null, null, null, null, null, false, false, "due", 1, 20, null, null);
  }
}
