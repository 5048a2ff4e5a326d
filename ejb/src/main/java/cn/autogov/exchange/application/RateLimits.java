package cn.autogov.exchange.application;

import cn.autogov.platform.ClusterMembers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls per second per system client (a token bucket each): {@code
 * AUTOGOV_EXCHANGE_RATE_PER_SECOND} (default 100), or the client's own rate the administrator set,
 * with bursts of twice that. The rates hold for the whole cluster: each of n members alive allows
 * its n-th share ({@link ClusterMembers}), so n members never allow n times the rate (a load
 * balancer that sends a client's every call to one member gives it its share only).
 */
@ApplicationScoped
public class RateLimits {

  @Inject ClusterMembers members;

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
    double rate = share(ownRate == null ? perSecond : ownRate);
    Bucket b = buckets.get(clientId);
    if (b == null || b.rate != rate) {
      b =
          buckets.compute(
              clientId, (id, old) -> old != null && old.rate == rate ? old : Bucket.of(rate));
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

  /** This member's share of a rate the cluster allows. */
  private double share(int rate) {
    return members == null ? rate : (double) rate / members.size();
  }

  /** A call from the address failed authentication. */
  public void failed(String address) {
    if (failures.size() > 100_000) {
      failures.clear(); // a flood of addresses: start afresh rather than fill the heap
    }
    double rate = share(failuresPerSecond);
    failures
        .compute(address, (a, old) -> old != null && old.rate == rate ? old : Bucket.of(rate))
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

    /** Bursts of twice the rate, and at least one call. */
    static Bucket of(double rate) {
      return new Bucket(rate, Math.max(1, 2 * rate));
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
