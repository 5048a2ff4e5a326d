package cn.autogov.document.pdf;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an uploaded PDF (Apache PDFBox), for what a reviewer compares it with: its first
 * pages only, the document's streams cached in temporary files (a hostile file does not fill the
 * heap). A scanned PDF has no text: blank. Unreadable (encrypted, broken): null.
 */
public final class PdfText {

  /** The pages read: a written application listing a thousand certificates fits in far fewer. */
  static final int MAX_PAGES = 100;

  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument doc =
        Loader.loadPDF(
            new RandomAccessReadBuffer(pdf),
            "",
            null,
            null,
            IOUtils.createTempFileOnlyStreamCache())) {
      var stripper = new PDFTextStripper();
      stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
      return stripper.getText(doc);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The text with every space and line break removed, in capitals: what codes are found in. */
  public static String compact(String text) {
    return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
