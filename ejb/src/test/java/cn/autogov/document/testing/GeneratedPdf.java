package cn.autogov.document.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Test files: a valid PDF of any size (one page; the size made up by comment lines before its
 * objects), made as it is read (never held in memory).
 */
public final class GeneratedPdf {

  private GeneratedPdf() {}

  /** A one-page PDF of {@code size} bytes made as it is read: header, comment lines, objects. */
  public static InputStream of(long size, char fill) {
    byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
    String[] objects = {
      "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
      "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
      "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
    };
    int objectBytes = 0;
    for (String o : objects) {
      objectBytes += o.length();
    }
    // the cross-reference's length does not depend on the offsets (fixed width), so the padding
    // does
    // not either
    int xrefLength = xref(new long[3], 0).length();
    long pad = size - start.length - objectBytes - xrefLength;
    long[] offsets = new long[3];
    long at = start.length + pad;
    for (int i = 0; i < 3; i++) {
      offsets[i] = at;
      at += objects[i].length();
    }
    byte[] end =
        (String.join("", objects) + xref(offsets, at)).getBytes(StandardCharsets.ISO_8859_1);
    return new InputStream() {
      long pos;

      @Override
      public int read() {
        if (pos >= size) {
          return -1;
        }
        long p = pos++;
        if (p < start.length) {
          return start[(int) p];
        }
        long fromEnd = size - p;
        if (fromEnd <= end.length) {
          return end[(int) (end.length - fromEnd)];
        }
        long inPad = p - start.length;
        return inPad % 80 == 0 ? '%' : inPad % 80 == 79 || fromEnd == end.length + 1 ? '\n' : fill;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - pos);
        for (int i = 0; i < n; i++) {
          b[off + i] = (byte) read();
        }
        return n;
      }
    };
  }

  private static String xref(long[] offsets, long xrefAt) {
    var b = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
    for (long o : offsets) {
      b.append(String.format("%010d 00000 n \n", o));
    }
    return b.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n")
        .append(String.format("%010d", xrefAt))
        .append("\n%%EOF\n")
        .toString();
  }
}
