package cn.autogov.document.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Excel workbook (Office Open XML, .xlsx) written as it goes, row by row, so that a
 * long list never sits in memory: text cells (inline strings), a bold header row, the header
 * frozen. What Excel, WPS and LibreOffice open without complaint; nothing more (no formulas, no
 * numbers as numbers: the lists are read, not computed).
 */
public final class XlsxWriter implements AutoCloseable {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final ZipOutputStream zip;
  private final Writer sheet;
  private int rows;

  /** Starts the workbook with its one sheet ({@code sheetName}) and the header row. */
  public XlsxWriter(OutputStream out, String sheetName, List<String> header) throws IOException {
    zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    part(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>");
    part(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + REL
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    part(
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + MAIN
            + "\" xmlns:r=\""
            + REL
            + "\"><sheets><sheet name=\""
            + escape(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName)
            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    part(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + REL
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\""
            + REL
            + "/styles\" Target=\"styles.xml\"/></Relationships>");
    part(
        "xl/styles.xml",
        "<styleSheet xmlns=\""
            + MAIN
            + "\"><fonts count=\"2\"><font><sz val=\"11\"/></font><font><b/><sz val=\"11\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf/><xf fontId=\"1\" applyFont=\"1\"/></cellXfs></styleSheet>");
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    sheet = new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8);
    sheet.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
            + MAIN
            + "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
            + " state=\"frozen\"/></sheetView></sheetViews><cols><col min=\"1\" max=\""
            + Math.max(1, header.size())
            + "\" width=\"20\" customWidth=\"1\"/></cols><sheetData>");
    row(header, 1);
  }

  /** One more row of text cells (null: an empty cell). */
  public void row(List<String> cells) throws IOException {
    row(cells, 0);
  }

  public int rows() {
    return rows;
  }

  private void row(List<String> cells, int style) throws IOException {
    rows++;
    sheet.write("<row r=\"" + rows + "\">");
    for (int i = 0; i < cells.size(); i++) {
      String v = cells.get(i);
      if (v == null || v.isEmpty()) {
        continue;
      }
      sheet.write("<c r=\"" + column(i) + rows + "\" t=\"inlineStr\"");
      if (style != 0) {
        sheet.write(" s=\"" + style + "\"");
      }
      sheet.write("><is><t xml:space=\"preserve\">" + escape(v) + "</t></is></c>");
    }
    sheet.write("</row>");
  }

  @Override
  public void close() throws IOException {
    sheet.write("</sheetData></worksheet>");
    sheet.flush();
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  /** A, B, … Z, AA, AB, … */
  static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }

  private void part(String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml)
            .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** XML text, without the characters XML 1.0 cannot hold. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** The sheet's writer must not close the zip under it. */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {
      // the zip stays open
    }
  }
}
