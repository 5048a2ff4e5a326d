package cn.autogov.filing.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a queue, and how many filings the queue holds: exactly up to {@link #COUNT_CAP}, and
 * {@code COUNT_CAP + 1} ("more than 10,000") beyond, so that no view counts a whole national table
 * ({@code totalAtLeast}: a lower bound, see {@link #totalCapped}). {@code previous} and {@code
 * next} are the {@link QueueCursor}s that ask for the page before (as {@code before}) and after (as
 * {@code after}) by a seek; null where there is none, and in lists that are paged by number alone.
 */
public record QueuePage(
    List<FilingView> rows,
    int page,
    int size,
    boolean hasNext,
    long total,
    boolean totalAtLeast,
    String previous,
    String next)
    implements Serializable {

  public static final int COUNT_CAP = 10_000;

  /** A page of a list paged by number alone. */
  public QueuePage(List<FilingView> rows, int page, int size, boolean hasNext, long total) {
    this(rows, page, size, hasNext, total, false, null, null);
  }

  /**
   * Whether {@link #total} stands for "that many or more": more than {@link #COUNT_CAP}, or {@link
   * #totalAtLeast} (a name fragment's matches among the first {@code COUNT_CAP + 1} of a longer
   * queue).
   */
  public boolean totalCapped() {
    return total > COUNT_CAP || totalAtLeast;
  }

  /** The number of pages (of the capped total). */
  public long pages() {
    return Math.max(1, (Math.min(total, COUNT_CAP) + size - 1) / size);
  }
}
