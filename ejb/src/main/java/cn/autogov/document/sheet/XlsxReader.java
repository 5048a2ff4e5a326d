package cn.autogov.document.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an uploaded workbook (.xlsx) as rows of texts, streamed (fastexcel-reader): a
 * number as Excel shows it without decimals when whole (a certificate number typed as digits stays
 * digits), blank cells as null. At most {@code maxRows} rows are read; a file that is no workbook
 * is refused ({@link NotAWorkbook}).
 */
public final class XlsxReader {

  private XlsxReader() {}

  /** The upload is not an xlsx workbook (or is damaged). */
  public static final class NotAWorkbook extends Exception {
    private static final long serialVersionUID = 1L;

    NotAWorkbook(Throwable cause) {
      super(cause);
    }
  }

  /** The first sheet's rows (the header first), each as wide as it is, at most {@code maxRows}. */
  public static List<List<String>> rows(InputStream in, int maxRows) throws NotAWorkbook {
    try (var wb = new ReadableWorkbook(in)) {
      Optional<Sheet> first = wb.getSheets().findFirst();
      if (first.isEmpty()) {
        return List.of();
      }
      List<List<String>> rows = new ArrayList<>();
      try (var stream = first.get().openStream()) {
        var it = stream.iterator();
        while (it.hasNext() && rows.size() < maxRows) {
          rows.add(texts(it.next()));
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new NotAWorkbook(e);
    }
  }

  /**
   * Each row of an uploaded workbook, as it is read: its number in the sheet (1 the header), its
   * texts.
   */
  public interface RowConsumer {
    void accept(int rowNumber, List<String> cells) throws java.io.IOException;
  }

  /**
   * Streams the first sheet of a workbook file, row by row, to {@code each} — never the whole sheet
   * in memory (the shared strings excepted: a sheet written with inline strings, as the platform's
   * templates are, keeps the heap flat). At most {@code maxRows} rows are read; the count read is
   * returned.
   */
  public static int stream(java.io.File file, int maxRows, RowConsumer each)
      throws NotAWorkbook, java.io.IOException {
    int n = 0;
    ReadableWorkbook wb;
    try {
      wb = new ReadableWorkbook(file);
    } catch (IOException | RuntimeException e) {
      throw new NotAWorkbook(e);
    }
    try (wb) {
      Optional<Sheet> first = wb.getSheets().findFirst();
      if (first.isEmpty()) {
        return 0;
      }
      try (var rows = first.get().openStream()) {
        var it = rows.iterator();
        while (n < maxRows && hasNext(it)) {
          Row row = it.next();
          n++;
          each.accept(row.getRowNum(), texts(row));
        }
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new NotAWorkbook(e);
    }
    return n;
  }

  private static boolean hasNext(java.util.Iterator<Row> it) throws NotAWorkbook {
    try {
      return it.hasNext();
    } catch (RuntimeException e) {
      throw new NotAWorkbook(e);
    }
  }

  private static List<String> texts(Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell c = row.getCell(i);
      cells.add(c == null ? null : text(c));
    }
    return cells;
  }

  private static String text(Cell c) {
    return switch (c.getType()) {
      case NUMBER -> c.asNumber().stripTrailingZeros().toPlainString();
      case EMPTY -> null;
      default -> {
        String s = c.getText();
        yield s == null || s.isBlank() ? null : s.strip();
      }
    };
  }
}
