package cn.autogov.document.inspection;

import cn.autogov.kernel.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * JPEG (segments to the first SOF, ITU-T T.81 B.2.2) and PNG (IHDR) headers, read without decoding
 * pixels.
 */
final class Images {

  private static final int MAX_SEGMENTS = 10_000;

  private Images() {}

  /** Walks the JPEG's marker segments to the first SOF; starts after FF D8. */
  static Sniffed jpeg(FileChannel ch) throws IOException {
    long pos = 2;
    for (int n = 0; n < MAX_SEGMENTS; n++) {
      if (readByte(ch, pos) != 0xFF) {
        return truncated(FileKind.JPEG);
      }
      int marker = readByte(ch, pos + 1);
      while (marker == 0xFF) {
        pos++;
        marker = readByte(ch, pos + 1);
      }
      if (marker < 0) {
        return truncated(FileKind.JPEG);
      }
      pos += 2;
      if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) {
        return truncated(FileKind.JPEG);
      }
      ByteBuffer len = read(ch, pos, 2);
      if (len == null) {
        return truncated(FileKind.JPEG);
      }
      int length = len.getShort() & 0xFFFF;
      if (isSof(marker)) {
        ByteBuffer sof = read(ch, pos + 2, 6);
        if (sof == null || length < 8) {
          return truncated(FileKind.JPEG);
        }
        int precision = sof.get() & 0xFF;
        int height = sof.getShort() & 0xFFFF;
        int width = sof.getShort() & 0xFFFF;
        int components = sof.get() & 0xFF;
        return hasPicture(ch, pos + length)
            ? Sniffed.image(FileKind.JPEG, width, height, precision, components)
            : truncated(FileKind.JPEG);
      }
      pos += length;
    }
    return truncated(FileKind.JPEG);
  }

  /**
   * After the frame header: a scan (SOS) with picture data after it, and the end-of-image marker in
   * the last kilobyte — a header alone, or a file cut short, has no picture to show.
   */
  private static boolean hasPicture(FileChannel ch, long pos) throws IOException {
    for (int n = 0; n < MAX_SEGMENTS; n++) {
      if (readByte(ch, pos) != 0xFF) {
        return false;
      }
      int marker = readByte(ch, pos + 1);
      while (marker == 0xFF) {
        pos++;
        marker = readByte(ch, pos + 1);
      }
      if (marker < 0 || marker == 0xD9) {
        return false;
      }
      pos += 2;
      if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
        continue;
      }
      ByteBuffer len = read(ch, pos, 2);
      if (len == null) {
        return false;
      }
      int length = len.getShort() & 0xFFFF;
      if (marker == 0xDA) {
        long data = pos + length;
        return ch.size() - data > 2 && endsWithEoi(ch);
      }
      pos += length;
    }
    return false;
  }

  private static boolean endsWithEoi(FileChannel ch) throws IOException {
    int n = (int) Math.min(1024, ch.size());
    ByteBuffer tail = read(ch, ch.size() - n, n);
    if (tail == null) {
      return false;
    }
    for (int i = n - 2; i >= 0; i--) {
      if ((tail.get(i) & 0xFF) == 0xFF && (tail.get(i + 1) & 0xFF) == 0xD9) {
        return true;
      }
    }
    return false;
  }

  /** PNG: the first chunk must be IHDR (width, height, bit depth, colour type). */
  static Sniffed png(FileChannel ch) throws IOException {
    ByteBuffer ihdr = read(ch, 8, 18);
    if (ihdr == null) {
      return truncated(FileKind.PNG);
    }
    int length = ihdr.getInt();
    byte[] type = new byte[4];
    ihdr.get(type);
    if (length != 13
        || !"IHDR".equals(new String(type, java.nio.charset.StandardCharsets.US_ASCII))) {
      return truncated(FileKind.PNG);
    }
    long width = ihdr.getInt() & 0xFFFFFFFFL;
    long height = ihdr.getInt() & 0xFFFFFFFFL;
    int depth = ihdr.get() & 0xFF;
    int colourType = ihdr.get() & 0xFF;
    int components =
        switch (colourType) {
          case 0 -> 1;
          case 2 -> 3;
          case 3 -> 1;
          case 4 -> 2;
          case 6 -> 4;
          default -> 0;
        };
    if (components == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      return truncated(FileKind.PNG);
    }
    if (ch.size() < 8 + 25 + 12) {
      return truncated(FileKind.PNG);
    }
    return Sniffed.image(FileKind.PNG, (int) width, (int) height, depth, components);
  }

  private static boolean isSof(int m) {
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
  }

  private static Sniffed truncated(FileKind kind) {
    return Sniffed.broken(kind, Problem.error("upload.corrupt", "kind", kind.display()));
  }

  static int readByte(FileChannel ch, long pos) throws IOException {
    ByteBuffer b = read(ch, pos, 1);
    return b == null ? -1 : b.get() & 0xFF;
  }

  static ByteBuffer read(FileChannel ch, long pos, int n) throws IOException {
    if (pos < 0 || pos + n > ch.size()) {
      return null;
    }
    ByteBuffer buf = ByteBuffer.allocate(n);
    while (buf.hasRemaining()) {
      if (ch.read(buf, pos + buf.position()) < 0) {
        return null;
      }
    }
    return buf.flip();
  }
}
