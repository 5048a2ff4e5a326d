package cn.autogov.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.autogov.kernel.identifier.IdentifierKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void shouldNameEveryBrokenFieldAtOnce() {
    var checks = new Checks();
    assertNull(checks.text("address", "  ", 300));
    checks.text("remark", "x".repeat(501), 500);
    checks.identifier("creditCode", IdentifierKind.USCC, "91350100M000100Y4");
    var e = assertThrows(InputRejectedException.class, checks::throwIfAny);
    List<String> messages =
        e.problems().stream().map(p -> DomainText.render(Locale.SIMPLIFIED_CHINESE, p)).toList();
    assertEquals(List.of("联系地址不能为空", "意见不能超过500个字符", "统一社会信用代码长度为17位，应为18位"), messages);
    assertEquals(
        "Contact address is required", DomainText.render(Locale.ENGLISH, e.problems().get(0)));
  }

  @Test
  void shouldLetACodeThatNeedsReviewThroughOnlyWhenAPersonWillReviewIt() {
    String pilot = "91350100M000100Y44"; // wrong check digit: maybe a pilot-period code
    var strict = new Checks();
    assertNull(strict.identifier("creditCode", IdentifierKind.USCC, pilot));
    var reviewed = new Checks();
    assertEquals(pilot, reviewed.identifier("creditCode", IdentifierKind.USCC, pilot, true));
    reviewed.throwIfAny();
  }
}
