package cn.autogov.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An outbox message's way to the provider: claimed once, retried later and later, sent once. */
class OutboxMessageTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 23, 9, 0);

  @Test
  void shouldBeClaimedByOneSenderAtATimeAndSentOnce() {
    var m = new OutboxMessage(Channel.SMS, "13800000000", "【测试】", T0);
    assertEquals(DeliveryStatus.PENDING, m.getStatus());
    assertTrue(m.claim(T0), "due at once");
    assertFalse(m.claim(T0), "a second sender does not get it");
    m.delivered(T0.plusSeconds(1));
    assertEquals(DeliveryStatus.SENT, m.getStatus());
    assertFalse(m.claim(T0.plusDays(1)), "never sent twice");
    assertThrows(IllegalStateException.class, () -> m.delivered(T0.plusSeconds(2)));
  }

  @Test
  void shouldWaitLongerAfterEachFailureUpToTenMinutes() {
    var m = new OutboxMessage(Channel.EMAIL, "a@example.cn", "x", T0);
    LocalDateTime now = T0;
    long[] waits = {5, 10, 20, 40, 80, 160, 320, 600, 600};
    for (long wait : waits) {
      assertTrue(m.claim(now));
      m.failed(now, "provider unreachable", 10);
      assertEquals(DeliveryStatus.PENDING, m.getStatus());
      assertEquals("provider unreachable", m.getLastError());
      assertFalse(m.claim(now.plusSeconds(wait - 1)), "not before " + wait + " s");
      now = now.plusSeconds(wait);
    }
    assertEquals(waits.length, m.getAttempts());
    assertEquals(Duration.ofMinutes(10), OutboxMessage.backoff(50));
  }

  @Test
  void shouldBecomeADeadLetterAfterTheLastAttemptAndGoOutAgainWhenResent() {
    var m = new OutboxMessage(Channel.PARTNER, "customs-a", "{}", T0);
    assertTrue(m.claim(T0));
    m.failed(T0, "HTTP 503", 2);
    assertEquals(DeliveryStatus.PENDING, m.getStatus());
    assertThrows(cn.autogov.kernel.RefusedException.class, () -> m.resend(T0), "not dead yet");
    assertTrue(m.claim(T0.plusSeconds(5)));
    m.failed(T0.plusSeconds(5), "HTTP 503", 2);
    assertEquals(DeliveryStatus.DEAD, m.getStatus());
    assertFalse(m.claim(T0.plusDays(1)), "a dead letter is not tried again by itself");
    m.resend(T0.plusDays(1));
    assertEquals(DeliveryStatus.PENDING, m.getStatus());
    assertEquals(0, m.getAttempts());
    assertTrue(m.claim(T0.plusDays(1)), "due at once after the resend");
  }

  @Test
  void shouldGoOutAgainWithTheSameKeyWhenTheClaimingMemberStopped() {
    var m = new OutboxMessage(Channel.SMS, "13800000000", "x", T0);
    m.claim(T0);
    String key = m.idempotencyKey();
    m.reclaimable();
    assertEquals(DeliveryStatus.PENDING, m.getStatus());
    assertTrue(m.claim(T0.plusMinutes(6)));
    assertEquals(key, m.idempotencyKey(), "the provider can drop the repeat");
  }
}
