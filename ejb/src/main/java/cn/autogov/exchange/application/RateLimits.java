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
   * null: the platform's default). A changed rate gives the client a new, full bucket; a change in
   * the number of members only changes this member's share, keeping what the bucket holds.
   */
  public boolean take(String clientId, Integer ownRate) {
    int rate = ownRate == null ? perSecond : ownRate;
    Bucket b = buckets.get(clientId);
    if (b == null || b.whole != rate) {
      b =
          buckets.compute(
              clientId, (id, old) -> old != null && old.whole == rate ? old : bucket(rate));
    }
    return b.take(System.nanoTime(), share(rate));
  }

  private Bucket bucket(int rate) {
    return new Bucket(rate, share(rate));
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
    return b == null || b.has(System.nanoTime(), share(failuresPerSecond));
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
    int rate = failuresPerSecond;
    failures
        .compute(address, (a, old) -> old != null && old.whole == rate ? old : bucket(rate))
        .take(System.nanoTime(), share(rate));
  }

  /**
   * A token bucket for a rate the whole cluster allows ({@code whole}): this member refills it at
   * its share, holding bursts of twice the share (at least one call). When the share changes (a
   * member came or went) the bucket keeps its tokens, so a change in the cluster never hands out a
   * fresh burst.
   */
  static final class Bucket {
    final int whole;
    private double rate;
    private double tokens;
    private long last = System.nanoTime();

    Bucket(int whole, double share) {
      this.whole = whole;
      this.rate = share;
      this.tokens = capacity(share);
    }

    private static double capacity(double share) {
      return Math.max(1, 2 * share);
    }

    private void refill(long now, double share) {
      rate = share;
      tokens = Math.min(capacity(rate), tokens + (now - last) / 1e9 * rate);
      last = now;
    }

    synchronized boolean has(long now, double share) {
      refill(now, share);
      return tokens >= 1;
    }

    synchronized boolean take(long now, double share) {
      refill(now, share);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
