package cn.autogov.document.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A4 document built top to bottom: a title, label–value rows, headings, paragraphs, tables, and
 * a QR code with its caption; lines wrap by width (Chinese has no spaces) and pages break as
 * needed. The font is embedded as a subset, so the text can be extracted and searched.
 */
public final class PdfSheet {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float LABEL_WIDTH = 150;

  private final String title;
  private final List<Block> blocks = new ArrayList<>();
  private String footer;

  private sealed interface Block permits Row, Heading, Text, Table, Qr {}

  private record Row(String label, String value) implements Block {}

  private record Heading(String text) implements Block {}

  private record Text(String text, float size) implements Block {}

  private record Table(List<String> headers, float[] widths, List<List<String>> rows)
      implements Block {}

  private record Qr(String content, String caption) implements Block {}

  private PdfSheet(String title) {
    this.title = title;
  }

  public static PdfSheet titled(String title) {
    return new PdfSheet(title);
  }

  public PdfSheet row(String label, String value) {
    blocks.add(new Row(label, value == null ? "" : value));
    return this;
  }

  public PdfSheet rows(Map<String, String> rows) {
    rows.forEach(this::row);
    return this;
  }

  public PdfSheet heading(String text) {
    blocks.add(new Heading(text));
    return this;
  }

  public PdfSheet paragraph(String text) {
    blocks.add(new Text(text, 10));
    return this;
  }

  /** A table; {@code widths} are the columns' shares of the page width. */
  public PdfSheet table(List<String> headers, float[] widths, List<List<String>> rows) {
    blocks.add(new Table(headers, widths, rows));
    return this;
  }

  /** A QR code of {@code content} (a URL), with a caption beside it. */
  public PdfSheet qr(String content, String caption) {
    blocks.add(new Qr(content, caption));
    return this;
  }

  /** A line at the bottom of every page. */
  public PdfSheet footer(String text) {
    this.footer = text;
    return this;
  }

  /** Writes the document. */
  public void writeTo(OutputStream out) {
    try (PDDocument doc = new PDDocument();
        TrueTypeFont ttf = ChineseFont.load()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("AutoGov 机动车企业政务服务平台");
      var writer = new Writer(doc, PDType0Font.load(doc, ttf, true));
      writer.title(title);
      for (Block b : blocks) {
        if (b instanceof Row r) {
          writer.row(r);
        } else if (b instanceof Heading h) {
          writer.heading(h.text());
        } else if (b instanceof Text t) {
          writer.wrapped(t.text(), t.size(), MARGIN, WIDTH);
        } else if (b instanceof Table t) {
          writer.table(t);
        } else if (b instanceof Qr q) {
          writer.qr(q);
        }
      }
      writer.close();
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lays the blocks out page by page. */
  private final class Writer {
    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream cs;
    private float y;
    private int pages;

    Writer(PDDocument doc, PDType0Font font) throws IOException {
      this.doc = doc;
      this.font = font;
      newPage();
    }

    private void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pages++;
      cs = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
      if (footer != null) {
        text(footer + "   第 " + pages + " 页", 8, MARGIN, 30);
      }
    }

    private void need(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    private void text(String s, float size, float x, float atY) throws IOException {
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(x, atY);
      cs.showText(printable(s));
      cs.endText();
    }

    /** Glyphs the font lacks become "?" rather than failing the document. */
    private String printable(String s) throws IOException {
      var sb = new StringBuilder(s.length());
      s.codePoints()
          .forEach(
              cp -> {
                if (Character.isISOControl(cp)) {
                  sb.append(' ');
                } else {
                  sb.appendCodePoint(cp);
                }
              });
      String clean = sb.toString();
      try {
        font.encode(clean);
        return clean;
      } catch (IllegalArgumentException e) {
        var safe = new StringBuilder();
        clean
            .codePoints()
            .forEach(
                cp -> {
                  String one = new String(Character.toChars(cp));
                  try {
                    font.encode(one);
                    safe.append(one);
                  } catch (IllegalArgumentException | IOException x) {
                    safe.append('?');
                  }
                });
        return safe.toString();
      }
    }

    private float width(String s, float size) throws IOException {
      return font.getStringWidth(printable(s)) / 1000 * size;
    }

    /** Splits into lines no wider than {@code max}. */
    private List<String> lines(String s, float size, float max) throws IOException {
      List<String> out = new ArrayList<>();
      for (String para : (s == null ? "" : s).split("\n", -1)) {
        var line = new StringBuilder();
        float used = 0;
        for (int cp : para.codePoints().toArray()) {
          String one = new String(Character.toChars(cp));
          float w = width(one, size); // Chinese has no kerning: a line's width is its glyphs' sum
          if (used + w > max && line.length() > 0) {
            out.add(line.toString());
            line.setLength(0);
            used = 0;
          }
          line.append(one);
          used += w;
        }
        out.add(line.toString());
      }
      return out;
    }

    void title(String s) throws IOException {
      float size = 18;
      text(s, size, MARGIN + (WIDTH - width(s, size)) / 2, y - size);
      y -= size + 18;
    }

    void heading(String s) throws IOException {
      need(40);
      y -= 8;
      text(s, 13, MARGIN, y - 13);
      y -= 13 + 6;
      cs.moveTo(MARGIN, y);
      cs.lineTo(MARGIN + WIDTH, y);
      cs.stroke();
      y -= 8;
    }

    void row(Row r) throws IOException {
      float size = 10;
      List<String> values = lines(r.value(), size, WIDTH - LABEL_WIDTH);
      List<String> labels = lines(r.label(), size, LABEL_WIDTH - 8);
      int n = Math.max(values.size(), labels.size());
      need(n * 14 + 4);
      for (int i = 0; i < n; i++) {
        if (i < labels.size()) {
          text(labels.get(i), size, MARGIN, y - size);
        }
        if (i < values.size()) {
          text(values.get(i), size, MARGIN + LABEL_WIDTH, y - size);
        }
        y -= 14;
      }
      y -= 4;
    }

    void wrapped(String s, float size, float x, float max) throws IOException {
      for (String line : lines(s, size, max)) {
        need(size + 4);
        text(line, size, x, y - size);
        y -= size + 4;
      }
      y -= 4;
    }

    void table(Table t) throws IOException {
      float size = 9;
      float[] w = new float[t.widths().length];
      float total = 0;
      for (float f : t.widths()) {
        total += f;
      }
      for (int i = 0; i < w.length; i++) {
        w[i] = WIDTH * t.widths()[i] / total;
      }
      tableRow(t.headers(), w, size);
      cs.moveTo(MARGIN, y + 2);
      cs.lineTo(MARGIN + WIDTH, y + 2);
      cs.stroke();
      for (List<String> row : t.rows()) {
        tableRow(row, w, size);
      }
      y -= 6;
    }

    private void tableRow(List<String> cells, float[] w, float size) throws IOException {
      List<List<String>> wrapped = new ArrayList<>();
      int n = 1;
      for (int i = 0; i < w.length; i++) {
        var l = lines(i < cells.size() ? cells.get(i) : "", size, w[i] - 6);
        wrapped.add(l);
        n = Math.max(n, l.size());
      }
      need(n * 12 + 4);
      float x = MARGIN;
      for (int i = 0; i < w.length; i++) {
        float ly = y;
        for (String line : wrapped.get(i)) {
          text(line, size, x, ly - size);
          ly -= 12;
        }
        x += w[i];
      }
      y -= n * 12 + 4;
    }

    void qr(Qr q) throws IOException {
      BitMatrix m;
      try {
        m =
            new QRCodeWriter()
                .encode(
                    q.content(),
                    BarcodeFormat.QR_CODE,
                    0,
                    0,
                    Map.of(
                        EncodeHintType.ERROR_CORRECTION,
                        ErrorCorrectionLevel.M,
                        EncodeHintType.MARGIN,
                        4));
      } catch (WriterException e) {
        throw new IllegalArgumentException("cannot encode " + q.content(), e);
      }
      float side = 110;
      need(side + 10);
      float cell = side / m.getWidth();
      float top = y;
      for (int row = 0; row < m.getHeight(); row++) {
        for (int col = 0; col < m.getWidth(); col++) {
          if (m.get(col, row)) {
            cs.addRect(MARGIN + col * cell, top - (row + 1) * cell, cell, cell);
          }
        }
      }
      cs.fill();
      float saved = y;
      y = top - 10;
      wrapped(q.caption(), 9, MARGIN + side + 12, WIDTH - side - 12);
      wrapped(q.content(), 8, MARGIN + side + 12, WIDTH - side - 12);
      y = Math.min(y, saved - side - 10);
    }

    void close() throws IOException {
      cs.close();
    }
  }
}
