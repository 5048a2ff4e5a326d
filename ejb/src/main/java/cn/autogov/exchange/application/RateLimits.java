package cn.autogov.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls per second per system client (a token bucket each, on this member): {@code
 * AUTOGOV_EXCHANGE_RATE_PER_SECOND} (default 100), or the client's own rate the administrator set,
 * with bursts of twice that. A cluster of n members lets a client make up to n times as many calls.
 */
@ApplicationScoped
public class RateLimits {

  @Inject
  @ConfigProperty(name = "autogov.exchange.rate-per-second", defaultValue = "100")
  int perSecond;

  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Takes one call from the client's allowance; false when it has none left just now. */
  public boolean take(String clientId) {
    return take(clientId, null);
  }

  /**
   * Takes one call from the client's allowance at its own rate ({@code ownRate}, calls a second;
   * null: the platform's default). A changed rate gives the client a new, full bucket.
   */
  public boolean take(String clientId, Integer ownRate) {
    int rate = ownRate == null ? perSecond : ownRate;
    Bucket b = buckets.get(clientId);
    if (b == null || b.rate != rate) {
      b =
          buckets.compute(
              clientId,
              (id, old) -> old != null && old.rate == rate ? old : new Bucket(rate, 2.0 * rate));
    }
    return b.take(System.nanoTime());
  }

  @Inject
  @ConfigProperty(name = "autogov.exchange.unauthenticated-per-second", defaultValue = "5")
  int failuresPerSecond;

  private final ConcurrentHashMap<String, Bucket> failures = new ConcurrentHashMap<>();

  /**
   * Whether calls from this address are still heard: each call that failed authentication takes
   * from the address's allowance ({@code AUTOGOV_EXCHANGE_UNAUTHENTICATED_PER_SECOND}, bursts of
   * twice that), so guessing secrets or flooding with unsigned messages is slowed to that rate,
   * while a client that authenticates is not charged at all.
   */
  public boolean hears(String address) {
    Bucket b = failures.get(address);
    return b == null || b.has(System.nanoTime());
  }

  /** A call from the address failed authentication. */
  public void failed(String address) {
    if (failures.size() > 100_000) {
      failures.clear(); // a flood of addresses: start afresh rather than fill the heap
    }
    failures
        .computeIfAbsent(address, a -> new Bucket(failuresPerSecond, 2.0 * failuresPerSecond))
        .take(System.nanoTime());
  }

  /** A token bucket: {@code rate} tokens a second, holding at most {@code capacity}. */
  static final class Bucket {
    private final double rate;
    private final double capacity;
    private double tokens;
    private long last = System.nanoTime();

    Bucket(double rate, double capacity) {
      this.rate = rate;
      this.capacity = capacity;
      this.tokens = capacity;
    }

    synchronized boolean has(long now) {
      tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
      last = now;
      return tokens >= 1;
    }

    synchronized boolean take(long now) {
      tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
      last = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
