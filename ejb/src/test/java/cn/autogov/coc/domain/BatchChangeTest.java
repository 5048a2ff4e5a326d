package cn.autogov.coc.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.document.pdf.PdfText;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 合格证电子信息批量变更 (seed 000 §十二): the list's checks (a VIN's check digit, no number or VIN twice) and
 * the written application's text against the list.
 */
class BatchChangeTest {

  private static Map<String, String> problems(Map<String, String> values) {
    var form = (BatchChangeForm) FormEntity.create(BatchChangeForm.class, 1L, null);
    var checks = new Checks();
    form.read(new FormInput(values, checks, false));
    Map<String, String> m = new HashMap<>();
    try {
      checks.throwIfAny();
    } catch (InputRejectedException e) {
      e.problems().forEach(p -> m.put(p.field(), p.problem().key()));
    }
    return m;
  }

  private static void row(Map<String, String> v, int i, String number, String vin) {
    v.put("certificates." + i + ".certificateNumber", number);
    v.put("certificates." + i + ".vin", vin);
    v.put("certificates." + i + ".vehicleModel", "BJ7000A");
    v.put("certificates." + i + ".newEnergy", "NO");
  }

  @Test
  void shouldNameAWrongCheckDigitAndEveryRepeat() {
    Map<String, String> v = new HashMap<>();
    row(v, 0, "ABCD0000000001", "LFWADRJF011002346");
    row(v, 1, "ABCD0000000001", "LSJA24U62JG269226");
    row(v, 2, "ABCD0000000003", "LFWADRJF011002346");
    var p = problems(v);
    assertEquals("coc.batch-repeated", p.get("certificates.1.certificateNumber"));
    assertTrue(p.get("certificates.1.vin").startsWith("vin."), p.toString());
    assertEquals("coc.batch-repeated", p.get("certificates.2.vin"));
    assertFalse(p.containsKey("certificates.0.certificateNumber"), "the first is not the repeat");
  }

  @Test
  void shouldTellWhichListedNumbersTheTextLacksAndWhichItAdds() {
    String text = PdfText.compact("清单：ABCD000 0000001\nABCD0000000002、ABCD0000000009 其他");
    var m =
        ListMatch.of(text, List.of("ABCD0000000001", "ABCD0000000002", "ABCD0000000003"), "ABCD");
    assertEquals(List.of("ABCD0000000003"), m.missing(), "a number broken by a space is found");
    assertEquals(List.of("ABCD0000000009"), m.extra());
    assertFalse(m.complete());
    assertTrue(
        ListMatch.of(PdfText.compact("ABCD0000000001"), List.of("ABCD0000000001"), "ABCD")
            .complete());
  }

  @Test
  void shouldReadNoTextFromWhatIsNoPdf() {
    assertEquals(null, PdfText.of("not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
