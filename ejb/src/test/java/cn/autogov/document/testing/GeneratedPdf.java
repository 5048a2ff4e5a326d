package cn.autogov.document.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test files: a valid PDF of any size, made as it is read (never held in memory). */
public final class GeneratedPdf {

  private GeneratedPdf() {}

  /** A PDF of {@code size} bytes made as it is read: header, comment lines, %%EOF. */
  public static InputStream of(long size, char fill) {
    byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
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
        return inPad % 80 == 0 ? '%' : inPad % 80 == 79 ? '\n' : fill;
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
}
