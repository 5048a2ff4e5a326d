package cn.autogov.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void shouldAllowABurstThenRefuseUntilTokensComeBack() {
    var limiter = new RateLimiter(3, 60);
    assertTrue(limiter.tryAcquire("10.0.0.1", 0));
    assertTrue(limiter.tryAcquire("10.0.0.1", 0));
    assertTrue(limiter.tryAcquire("10.0.0.1", 0));
    assertFalse(limiter.tryAcquire("10.0.0.1", 0));
    assertFalse(limiter.tryAcquire("10.0.0.1", SECOND / 2));
    assertTrue(limiter.tryAcquire("10.0.0.1", SECOND + SECOND / 2));
  }

  @Test
  void shouldLimitEachCallerOnItsOwn() {
    var limiter = new RateLimiter(1, 60);
    assertTrue(limiter.tryAcquire("10.0.0.1", 0));
    assertFalse(limiter.tryAcquire("10.0.0.1", 0));
    assertTrue(limiter.tryAcquire("10.0.0.2", 0));
  }
}
