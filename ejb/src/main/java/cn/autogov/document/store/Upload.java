package cn.autogov.document.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file as the user's browser or API client sent it, spooled to a temporary file as it arrived:
 * never held whole in memory. The web tier makes it and discards it after the service call.
 */
public record Upload(String fileName, Path content, long size) implements AutoCloseable {

  /** More than any rule allows: the spooling stops here, whatever the client still sends. */
  public static final long SPOOL_LIMIT = 64L * 1024 * 1024;

  /**
   * Spools a stream to a temporary file, 64 KiB at a time. Returns null for an empty stream; stops
   * at {@link #SPOOL_LIMIT} (the size rule then refuses the file).
   */
  public static Upload spool(String fileName, InputStream in) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("autogov-upload-", ".part");
      long n = 0;
      byte[] buf = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(tmp)) {
        int r;
        while (n <= SPOOL_LIMIT && (r = in.read(buf)) > 0) {
          out.write(buf, 0, r);
          n += r;
        }
      }
      if (n == 0) {
        Files.deleteIfExists(tmp);
        return null;
      }
      return new Upload(fileName, tmp, n);
    } catch (IOException e) {
      delete(tmp);
      throw new UncheckedIOException(e);
    }
  }

  /** Small content already in memory (JSON base64 uploads, tests). */
  public static Upload ofBytes(String fileName, byte[] content) {
    return content == null || content.length == 0
        ? null
        : spool(fileName, new java.io.ByteArrayInputStream(content));
  }

  /** Removes the temporary file. */
  @Override
  public void close() {
    delete(content);
  }

  private static void delete(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // the OS cleans its temp folder
      }
    }
  }
}
