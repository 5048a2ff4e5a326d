package cn.autogov.document.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Noto Sans SC, loaded for one document. Like most CJK fonts it draws 二 (U+4E8C) and the Kangxi
 * radical ⼆ (U+2F06) with one glyph; PDFBox writes the lowest code point of a glyph into the text
 * layer, so copied or extracted text would come out as radicals. The radicals and compatibility
 * ideographs are therefore dropped from glyphs that also have a unified ideograph.
 */
final class ChineseFont {

  static final String FILE = "NotoSansSC-Regular.ttf";

  private ChineseFont() {}

  static TrueTypeFont load() throws IOException {
    try (InputStream in = ChineseFont.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing: the ejb build fetches it");
      }
      TrueTypeFont ttf = new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in));
      preferUnifiedIdeographs(ttf.getUnicodeCmapLookup());
      return ttf;
    }
  }

  static boolean radicalOrCompatibility(int cp) {
    return cp >= 0x2E80 && cp <= 0x2FDF // CJK radicals supplement, Kangxi radicals
        || cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
        || cp >= 0x2F800 && cp <= 0x2FA1F; // ... supplement
  }

  @SuppressWarnings("unchecked")
  private static void preferUnifiedIdeographs(CmapLookup cmap) {
    try {
      Field f = cmap.getClass().getDeclaredField("glyphIdToCharacterCodeMultiple");
      f.setAccessible(true);
      for (List<Integer> codes : ((Map<Integer, List<Integer>>) f.get(cmap)).values()) {
        if (codes.stream().anyMatch(cp -> !radicalOrCompatibility(cp))) {
          codes.removeIf(ChineseFont::radicalOrCompatibility);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another PDFBox: the text layer may show radicals, the print is the same
      java.util.logging.Logger.getLogger(ChineseFont.class.getName())
          .warning("cannot prefer unified ideographs in the text layer: " + e);
    }
  }
}
