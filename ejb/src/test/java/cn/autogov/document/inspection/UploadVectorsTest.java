package cn.autogov.document.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.autogov.kernel.identifier.Vectors;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the shared files manifest. One deliberate deviation: ole2_header_only.doc (512 bytes
 * of OLE2 header, no directory) is refused, because issue #3 requires a legacy DOC to have a
 * WordDocument stream and this file has none to show; the manifest itself notes "also confirm
 * 'WordDocument' stream".
 */
class UploadVectorsTest {

  static Stream<Arguments> rows() {
    return Vectors.rows("files_manifest.csv").stream()
        .map(
            r -> {
              boolean expected = Boolean.parseBoolean(r[2]);
              if (r[1].equals("files/ole2_header_only.doc")) {
                expected = false;
              }
              return Arguments.of(r[0], r[1], expected, r[3]);
            });
  }

  @ParameterizedTest(name = "{0} {1} accepted={2}")
  @MethodSource("rows")
  void shouldJudgeEverySharedFileByItsContent(
      String rule, String file, boolean accepted, String reason) throws URISyntaxException {
    Path path = Path.of(UploadVectorsTest.class.getResource("/vectors/" + file).toURI());
    Inspection inspection =
        UploadInspector.inspect(
            UploadRules.byName(rule), path.getFileName().toString(), path, "ABCD");
    assertEquals(
        accepted,
        inspection.accepted(),
        reason + " -> " + UploadText.messages(inspection, Locale.SIMPLIFIED_CHINESE, "材料"));
  }
}
