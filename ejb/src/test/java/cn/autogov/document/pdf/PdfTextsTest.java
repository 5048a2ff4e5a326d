package cn.autogov.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A stored PDF is read and parsed once, however often its filing is shown. */
class PdfTextsTest {

  @Test
  void shouldReadEachFileOnceAndRememberAnUnreadableOne() {
    var texts = new PdfTexts();
    var reads = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertNull(
          texts.text(
              "sha-of-garbage",
              () -> {
                reads.incrementAndGet();
                return "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8);
              }));
    }
    assertEquals(1, reads.get());
  }
}
