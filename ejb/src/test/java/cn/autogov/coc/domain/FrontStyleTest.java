package cn.autogov.coc.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.document.inspection.UploadInspector;
import cn.autogov.document.inspection.UploadRules;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 合格证正面样式 (seed 000 §三/§四): the sample image's rules (JPG, over 300 KB refused, named by this
 * enterprise's code), the 200 characters counted as characters, and a style's period when replaced.
 */
class FrontStyleTest {

  private static final Path FILES = Path.of("src/test/resources/vectors/files");

  @TempDir Path dir;

  @Test
  void shouldTakeASampleNamedByTheEnterprisesCodeAndRefuseOneOver300Kb() throws IOException {
    Path sample = FILES.resolve("ABCD001.jpg");
    var ok =
        UploadInspector.inspect(
            UploadRules.CERTIFICATE_FRONT_SAMPLE, "ABCD001.jpg", sample, "ABCD");
    assertTrue(ok.accepted(), ok.problems().toString());
    var foreign =
        UploadInspector.inspect(
            UploadRules.CERTIFICATE_FRONT_SAMPLE, "WXYZ001.jpg", sample, "ABCD");
    assertEquals("upload.file-name-code", foreign.problems().get(0).key());
    Path big = dir.resolve("ABCD002.jpg");
    byte[] bytes = new byte[301 * 1024];
    System.arraycopy(Files.readAllBytes(sample), 0, bytes, 0, (int) Files.size(sample));
    Files.write(big, bytes);
    var tooBig =
        UploadInspector.inspect(UploadRules.CERTIFICATE_FRONT_SAMPLE, "ABCD002.jpg", big, "ABCD");
    assertEquals("upload.too-large", tooBig.problems().get(0).key());
  }

  @Test
  void shouldCountCharactersNotUtf16Units() {
    assertEquals(200, Checks.characters("𠀀".repeat(200)));
    var checks = new Checks();
    checks.optionalText("antiCounterfeit", "𠀀".repeat(200), 200);
    assertTrue(checks.ok(), "200 characters outside the basic plane are 200");
    checks.optionalText("antiCounterfeit", "字".repeat(201), 200);
    assertFalse(checks.ok());
  }

  @Test
  void shouldEndTheOldStyleTheDayBeforeTheSwitchOver() {
    LocalDate start = LocalDate.of(2026, 1, 5);
    var old = FrontStyle.registered(1L, "ABCD001", 10L, "CFS-2026-000001", "全系列", start);
    assertTrue(old.currentOn(LocalDate.of(2026, 12, 6)));
    old.replacedBy("ABCD002", LocalDate.of(2027, 1, 1));
    assertEquals(LocalDate.of(2026, 12, 31), old.getValidTo());
    assertFalse(old.currentOn(LocalDate.of(2027, 1, 1)));
    var twice = assertThrows(RefusedException.class, () -> old.replacedBy("ABCD003", start));
    assertEquals("coc.style-replaced", twice.key());
    assertEquals("ABCD001", FrontStyle.codeOf("abcd001.JPG"));
  }
}
