package cn.autogov.ws.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body of at most {@code max} bytes; stops reading as soon as it is longer. */
final class BoundedBody {

  private BoundedBody() {}

  /** The body, or null when it is longer than {@code max} (the rest is left unread). */
  static byte[] read(InputStream in, int max) throws IOException {
    var out = new ByteArrayOutputStream(Math.min(max, 8192));
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      if (out.size() + n > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
