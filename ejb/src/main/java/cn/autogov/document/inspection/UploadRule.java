package cn.autogov.document.inspection;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one material slot accepts: the kinds (by content, and the name's extension must agree), the
 * size limit in KiB as the seeds state it, and optional extra checks (24-bit colour, a file-name
 * pattern whose first group must be the enterprise's code, a pixel limit against decompression
 * bombs).
 */
public record UploadRule(
    String name,
    Set<FileKind> kinds,
    long maxKib,
    boolean requireColour24,
    Pattern fileName,
    long maxPixels) {

  /** Pixels of the largest image any slot takes: 100 megapixels. */
  public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

  public static UploadRule of(String name, long maxKib, FileKind first, FileKind... more) {
    return new UploadRule(name, EnumSet.of(first, more), maxKib, false, null, DEFAULT_MAX_PIXELS);
  }

  /** Images must be 24-bit colour: 8-bit precision and 3 components (no grey, no CMYK). */
  public UploadRule withColour24() {
    return new UploadRule(name, kinds, maxKib, true, fileName, maxPixels);
  }

  /** The file name must match; group 1 must equal the code the caller gives (the enterprise's). */
  public UploadRule withFileName(String regex) {
    return new UploadRule(name, kinds, maxKib, requireColour24, Pattern.compile(regex), maxPixels);
  }

  public long maxBytes() {
    return maxKib * 1024;
  }
}
