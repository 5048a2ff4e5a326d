package cn.autogov.document.inspection;

import cn.autogov.kernel.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Decides what a file is from its bytes (magic numbers, then structure), never from its name. */
final class Sniffer {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private Sniffer() {}

  static Sniffed sniff(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer head = Images.read(ch, 0, (int) Math.min(1024, ch.size()));
      byte[] b = new byte[head.remaining()];
      head.get(b);
      if (startsWith(b, JPEG)) {
        return Images.jpeg(ch);
      }
      if (startsWith(b, PNG)) {
        return Images.png(ch);
      }
      if (startsWith(b, ZIP)) {
        return Containers.zip(file);
      }
      if (startsWith(b, OLE2)) {
        return Containers.ole2(ch);
      }
      if (new String(b, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
        return pdf(file, ch);
      }
      return Sniffed.of(FileKind.UNKNOWN);
    }
  }

  /**
   * A PDF starts with %PDF- within its first 1 KB and, when complete, ends with %%EOF in its last 1
   * KB; and it is a document: PDFBox reads its cross-reference and finds at least one page (a text
   * file that only looks like a PDF at both ends is not one). A password-protected PDF cannot be
   * read by the reviewer: refused as such.
   */
  private static Sniffed pdf(Path file, FileChannel ch) throws IOException {
    int n = (int) Math.min(1024, ch.size());
    ByteBuffer tail = Images.read(ch, ch.size() - n, n);
    String end = StandardCharsets.ISO_8859_1.decode(tail).toString();
    Sniffed broken = Sniffed.broken(FileKind.PDF, Problem.error("upload.corrupt", "kind", "pdf"));
    if (!end.contains("%%EOF")) {
      return broken;
    }
    try (var doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      return doc.getNumberOfPages() > 0 ? Sniffed.of(FileKind.PDF) : broken;
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      return Sniffed.broken(FileKind.PDF, Problem.error("upload.encrypted-pdf"));
    } catch (IOException | RuntimeException e) {
      return broken;
    }
  }

  private static boolean startsWith(byte[] b, byte[] magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (b[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
