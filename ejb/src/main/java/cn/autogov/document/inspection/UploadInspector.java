package cn.autogov.document.inspection;

import cn.autogov.kernel.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Checks an uploaded file (already streamed to a file, never held in memory) against a slot's rule:
 * size first (so a huge file is not even opened), then the real type by content, the extension
 * against it, the type against the rule, and the rule's extra checks.
 */
public final class UploadInspector {

  private UploadInspector() {}

  /**
   * @param fileName the name the user's browser sent
   * @param enterpriseCode the code a naming rule's first group must equal (e.g. the certificate
   *     code), or null
   */
  public static Inspection inspect(
      UploadRule rule, String fileName, Path file, String enterpriseCode) {
    try {
      long bytes = Files.size(file);
      List<Problem> problems = new ArrayList<>();
      if (fileName == null || fileName.isBlank()) {
        problems.add(Problem.error("upload.no-file-name"));
        return new Inspection(FileKind.UNKNOWN, bytes, problems);
      }
      if (bytes == 0) {
        problems.add(Problem.error("upload.empty"));
        return new Inspection(FileKind.UNKNOWN, 0, problems);
      }
      if (bytes > rule.maxBytes()) {
        problems.add(
            Problem.error("upload.too-large", "size", (bytes + 1023) / 1024, "max", rule.maxKib()));
        return new Inspection(FileKind.UNKNOWN, bytes, problems);
      }
      Sniffed sniffed = Sniffer.sniff(file);
      problems.addAll(sniffed.problems());
      FileKind kind = sniffed.kind();
      String extension = extension(fileName);
      if (problems.isEmpty()) {
        checkType(rule, kind, extension, problems);
      }
      if (problems.isEmpty() && (kind == FileKind.JPEG || kind == FileKind.PNG)) {
        checkImage(rule, sniffed, problems);
      }
      if (rule.fileName() != null) {
        checkName(rule, fileName, enterpriseCode, problems);
      }
      return new Inspection(kind, bytes, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
  }

  private static void checkType(
      UploadRule rule, FileKind kind, String extension, List<Problem> problems) {
    String allowed =
        String.join("/", rule.kinds().stream().flatMap(k -> k.extensions().stream()).toList());
    if (!rule.kinds().contains(kind)) {
      problems.add(
          Problem.error(
              kind == FileKind.UNKNOWN ? "upload.unknown-type" : "upload.type-not-allowed",
              "actual",
              kind.display(),
              "allowed",
              allowed));
    } else if (!kind.extensions().contains(extension)) {
      problems.add(
          Problem.error(
              "upload.extension-mismatch", "extension", "." + extension, "actual", kind.display()));
    }
  }

  private static void checkImage(UploadRule rule, Sniffed image, List<Problem> problems) {
    if (image.pixels() > rule.maxPixels()) {
      problems.add(
          Problem.error(
              "upload.too-many-pixels",
              "width",
              image.width(),
              "height",
              image.height(),
              "megapixels",
              rule.maxPixels() / 1_000_000));
    } else if (!rule.requireColour24()
        && image.kind() == FileKind.JPEG
        && (image.precision() != 8 || image.components() != 1 && image.components() != 3)) {
      // CMYK and 12-bit JPEGs: browsers show them wrongly or not at all, so the reviewer cannot
      problems.add(
          Problem.error(
              "upload.jpeg-not-viewable",
              "bits",
              image.precision() * image.components(),
              "components",
              image.components()));
    } else if (rule.requireColour24()
        && (image.kind() != FileKind.JPEG || image.precision() != 8 || image.components() != 3)) {
      problems.add(
          Problem.error(
              "upload.not-colour24",
              "bits",
              image.precision() * image.components(),
              "components",
              image.components()));
    }
  }

  private static void checkName(
      UploadRule rule, String fileName, String enterpriseCode, List<Problem> problems) {
    Matcher m = rule.fileName().matcher(fileName == null ? "" : fileName);
    if (!m.matches()) {
      problems.add(Problem.error("upload.file-name", "name", String.valueOf(fileName)));
    } else if (enterpriseCode != null && !m.group(1).equals(enterpriseCode)) {
      problems.add(
          Problem.error("upload.file-name-code", "code", m.group(1), "expected", enterpriseCode));
    }
  }

  static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
