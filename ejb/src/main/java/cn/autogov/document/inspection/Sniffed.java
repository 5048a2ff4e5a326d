package cn.autogov.document.inspection;

import cn.autogov.kernel.Problem;
import java.util.List;

/**
 * What the content turned out to be: its kind, for images the SOF/IHDR facts, and any structural
 * problem found on the way (truncated, bomb, encrypted).
 */
record Sniffed(
    FileKind kind, int width, int height, int precision, int components, List<Problem> problems) {

  static Sniffed of(FileKind kind) {
    return new Sniffed(kind, 0, 0, 0, 0, List.of());
  }

  static Sniffed broken(FileKind kind, Problem problem) {
    return new Sniffed(kind, 0, 0, 0, 0, List.of(problem));
  }

  static Sniffed image(FileKind kind, int width, int height, int precision, int components) {
    return new Sniffed(kind, width, height, precision, components, List.of());
  }

  long pixels() {
    return (long) width * height;
  }
}
