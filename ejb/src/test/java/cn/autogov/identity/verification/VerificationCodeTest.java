package cn.autogov.identity.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.notification.Channel;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

  private static VerificationCode.Issued issue() {
    return VerificationCode.issue(Channel.SMS, "13912345678", Purpose.LOGIN, "127.0.0.1", NOW);
  }

  private static String refusal(Runnable r) {
    return assertThrows(VerificationRefusedException.class, r::run).key();
  }

  @Test
  void shouldIssueSixDigitsAndAcceptThemOnce() {
    var issued = issue();
    assertTrue(issued.digits().matches("\\d{6}"));
    issued.code().use(issued.digits(), NOW.plusMinutes(4));
    assertEquals("verification.used", refusal(() -> issued.code().use(issued.digits(), NOW)));
  }

  @Test
  void shouldExpireAfterFiveMinutes() {
    var issued = issue();
    assertEquals(
        "verification.expired",
        refusal(() -> issued.code().use(issued.digits(), NOW.plusMinutes(5).plusSeconds(1))));
  }

  @Test
  void shouldSpendTheCodeAfterFiveWrongAttempts() {
    var issued = issue();
    String wrong = issued.digits().equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 4; i++) {
      assertEquals("verification.wrong", refusal(() -> issued.code().use(wrong, NOW)));
    }
    assertEquals("verification.too-many-attempts", refusal(() -> issued.code().use(wrong, NOW)));
    assertEquals(
        "verification.too-many-attempts", refusal(() -> issued.code().use(issued.digits(), NOW)));
  }
}
