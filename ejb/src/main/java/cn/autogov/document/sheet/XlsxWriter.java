package cn.autogov.document.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook (.xlsx) written as it goes, row by row, so that a long list never sits in memory — on
 * fastexcel (streaming, Apache-2.0), the one library every xlsx of the platform is written with: a
 * first sheet of text cells (inline strings: no shared-string table grows with the rows) under a
 * bold, frozen header; cells marked (a red fill and a note: an import's error workbook); more
 * sheets (a template's instructions, its option lists) and drop-down lists from them.
 */
public final class XlsxWriter implements AutoCloseable {

  /** Rows kept before they are written out. */
  private static final int FLUSH_EVERY = 512;

  private static final String MARK_FILL = "FFC7CE";

  private final Workbook workbook;
  private final Worksheet sheet;
  private final int width;
  private int rows;

  /** Starts the workbook with its first sheet ({@code sheetName}) and the header row. */
  public XlsxWriter(OutputStream out, String sheetName, List<String> header) throws IOException {
    workbook = new Workbook(out, "AutoGov", "1.0");
    sheet = workbook.newWorksheet(sheetName(sheetName));
    width = header.size();
    row(header);
    for (int c = 0; c < header.size(); c++) {
      sheet.style(0, c).bold().fillColor("DDEBF7").set();
      sheet.width(c, Math.max(12, Math.min(40, 2.2 * length(header.get(c)) + 2)));
    }
    sheet.freezePane(0, 1);
  }

  /**
   * The next row: numbers as numbers, the rest as text; null or blank cells are left empty;
   * characters XML cannot hold are dropped.
   */
  public void row(List<?> cells) throws IOException {
    row(cells, Map.of());
  }

  /**
   * The next row, its cells at the given columns marked (red) with a note saying what is wrong
   * there.
   */
  public void row(List<?> cells, Map<Integer, String> marks) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      value(sheet, rows, c, cells.get(c));
    }
    for (var m : marks.entrySet()) {
      sheet.style(rows, m.getKey()).fillColor(MARK_FILL).set();
      sheet.comment(rows, m.getKey(), clean(m.getValue()));
    }
    rows++;
    if (rows % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  /**
   * A drop-down list on a column below the header (to {@code lastRow}), from another sheet's cells.
   */
  public void dropDown(int column, int lastRow, Worksheet options, int optionColumn, int count) {
    if (count == 0) {
      return;
    }
    sheet
        .range(1, column, lastRow, column)
        .validateWithList(options.range(0, optionColumn, count - 1, optionColumn))
        .allowBlank(true)
        .showErrorMessage(true);
  }

  /** Another sheet, after the first. */
  public Worksheet addSheet(String name) {
    return workbook.newWorksheet(sheetName(name));
  }

  /** A number (as a number) or a text in a cell of a sheet; null or blank leaves it empty. */
  public static void value(Worksheet ws, int r, int c, Object v) {
    if (v instanceof Number n) {
      ws.value(r, c, n);
    } else if (v != null) {
      text(ws, r, c, v.toString());
    }
  }

  /** A text in a cell of another sheet. */
  public static void text(Worksheet ws, int r, int c, String v) {
    if (v != null && !v.isEmpty()) {
      ws.inlineString(r, c, clean(v));
    }
  }

  public int rows() {
    return rows;
  }

  /** The width of the first row (the header). */
  public int width() {
    return width;
  }

  @Override
  public void close() throws IOException {
    workbook.finish();
  }

  /** The column's letters as Excel names them: 0 → A, 26 → AA. */
  public static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }

  private static String sheetName(String name) {
    String n = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return n.length() > 31 ? n.substring(0, 31) : n;
  }

  private static int length(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }

  /** Drops the control characters XML 1.0 cannot hold (all but tab, line feed, return). */
  private static String clean(String v) {
    StringBuilder b = null;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      boolean bad =
          ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF;
      if (bad && b == null) {
        b = new StringBuilder(v.substring(0, i));
      } else if (!bad && b != null) {
        b.append(ch);
      }
    }
    return b == null ? v : b.toString();
  }
}
