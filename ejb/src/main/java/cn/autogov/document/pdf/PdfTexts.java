package cn.autogov.document.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The texts of stored PDFs by their SHA-256, the most recently read kept: a filing's page is read
 * again and again (each view, each save answers its detail), its PDF parsed once. An unreadable PDF
 * is remembered as such.
 */
@ApplicationScoped
public class PdfTexts {

  /** The PDFs whose texts are kept. */
  static final int KEPT = 64;

  private final Map<String, Optional<String>> texts =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
          return size() > KEPT;
        }
      };

  /** The text ({@link PdfText#of}) of the file with this hash, its bytes read only when needed. */
  public String text(String sha256, Supplier<byte[]> bytes) {
    synchronized (texts) {
      Optional<String> kept = texts.get(sha256);
      if (kept != null) {
        return kept.orElse(null);
      }
    }
    String text = PdfText.of(bytes.get());
    synchronized (texts) {
      texts.put(sha256, Optional.ofNullable(text));
    }
    return text;
  }
}
