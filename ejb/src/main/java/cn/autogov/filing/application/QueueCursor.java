package cn.autogov.filing.application;

import cn.autogov.kernel.InputRejectedException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Where a page of the queue begins or ends, in the queue's order: the row's sort key (its due date,
 * or its submission time) and its id, written {@code key~id} (2026-12-01~1042,
 * 2026-11-30T10:15:00.123456~1042). A page asked "after" a cursor starts behind that row, one asked
 * "before" it ends in front of it: a seek on the queue's index, as fast on page 100,000 as on page
 * 1, where an OFFSET would read every row in front.
 */
public record QueueCursor(Comparable<?> key, long id) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The cursor of a row in the order {@code sort} ("due" or "submitted"). */
  static QueueCursor of(String sort, LocalDate dueOn, LocalDateTime submittedAt, long id) {
    return new QueueCursor("submitted".equals(sort) ? submittedAt : dueOn, id);
  }

  /**
   * The cursor written in {@code text} for the order {@code sort}; null when blank; refused, naming
   * {@code field}, when it is not one of that order.
   */
  static QueueCursor parse(String field, String sort, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int tilde = text.lastIndexOf('~');
    try {
      String key = text.substring(0, Math.max(tilde, 0)).strip();
      long id = Long.parseLong(text.substring(tilde + 1).strip());
      return new QueueCursor(
          "submitted".equals(sort) ? LocalDateTime.parse(key) : LocalDate.parse(key), id);
    } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
      throw InputRejectedException.of(field, "queue.cursor-invalid");
    }
  }

  @Override
  public String toString() {
    return key + "~" + id;
  }
}
