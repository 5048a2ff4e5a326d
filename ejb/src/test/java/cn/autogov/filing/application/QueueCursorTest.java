package cn.autogov.filing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.autogov.kernel.InputRejectedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class QueueCursorTest {

  @Test
  void aCursorIsTheRowsKeyAndIdAndReadsBackAsWritten() {
    var due = QueueCursor.of("due", LocalDate.of(2026, 12, 1), null, 1042);
    assertEquals("2026-12-01~1042", due.toString());
    assertEquals(due, QueueCursor.parse("after", "due", due.toString()));
    var at = LocalDateTime.of(2026, 11, 30, 10, 15, 0, 123_456_000);
    var submitted = QueueCursor.of("submitted", null, at, 7);
    assertEquals("2026-11-30T10:15:00.123456~7", submitted.toString());
    assertEquals(submitted, QueueCursor.parse("before", "submitted", submitted.toString()));
    assertNull(QueueCursor.parse("after", "due", " "), "no cursor: the page by its number");
  }

  @Test
  void aCursorOfAnotherOrderOrNoCursorAtAllIsRefusedNamingTheField() {
    for (String bad : new String[] {"2026-12-01~x", "2026-13-01~5", "5", "~", "2026-12-01"}) {
      var e =
          assertThrows(
              InputRejectedException.class, () -> QueueCursor.parse("after", "due", bad), bad);
      assertEquals("after", e.problems().get(0).field());
      assertEquals("queue.cursor-invalid", e.problems().get(0).problem().key());
    }
    var e =
        assertThrows(
            InputRejectedException.class,
            () -> QueueCursor.parse("before", "submitted", "2026-12-01~5"));
    assertEquals("before", e.problems().get(0).field());
  }
}
