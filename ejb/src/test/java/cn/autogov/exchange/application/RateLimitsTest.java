package cn.autogov.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A client's token bucket: a burst of twice the rate, then the rate. */
class RateLimitsTest {

  @Test
  void shouldAllowABurstThenTheRate() {
    var b = new RateLimits.Bucket(10, 10);
    long t = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      assertTrue(b.take(t, 10), "call " + i + " of the burst");
    }
    assertFalse(b.take(t, 10), "the 21st call at once");
    assertFalse(b.take(t + 50_000_000L, 10), "50 ms later: half a token");
    assertTrue(b.take(t + 110_000_000L, 10), "after 110 ms: one more");
    assertFalse(b.take(t + 110_000_000L, 10));
    for (int i = 0; i < 20; i++) {
      assertTrue(b.take(t + 10_000_000_000L, 10), "ten seconds later the burst again: " + i);
    }
    assertFalse(
        b.take(t + 10_000_000_000L, 5),
        "a member joined (the share halves): the bucket keeps what it holds, no fresh burst");
    assertTrue(b.take(t + 10_210_000_000L, 5), "and refills at the new share: 1 in 200 ms");
  }

  @Test
  void shouldGiveAClientItsOwnRateAndTheOthersTheDefault() {
    var limits = new RateLimits();
    limits.perSecond = 100;
    int own = 0;
    while (limits.take("slow", 2)) {
      own++;
    }
    assertEquals(4, own, "its own rate 2 a second: a burst of 4");
    int others = 0;
    while (limits.take("other", null) && others < 1000) {
      others++;
    }
    assertTrue(
        others >= 200 && others < 210, "the default 100 a second: a burst of 200, " + others);
    assertTrue(limits.take("slow", 50), "a changed rate: a new, full bucket");
  }

  @Test
  void shouldShareTheRateAmongTheMembersOfACluster() {
    var limits = new RateLimits();
    limits.perSecond = 100;
    limits.failuresPerSecond = 5;
    limits.members =
        new cn.autogov.platform.ClusterMembers() {
          @Override
          public int size() {
            return 4;
          }
        };
    int calls = 0;
    while (limits.take("client", null) && calls < 1000) {
      calls++;
    }
    assertTrue(calls >= 50 && calls < 53, "a quarter of a burst of 200 on each of 4: " + calls);
    int guesses = 0;
    while (limits.hears("10.0.0.9") && guesses < 100) {
      limits.failed("10.0.0.9");
      guesses++;
    }
    assertTrue(guesses <= 3, "a quarter of 5 a second: bursts of 2 or 3, " + guesses);
  }
}
