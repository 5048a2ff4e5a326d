package cn.autogov.web.platform;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client key (e.g. the caller's address): {@code capacity} requests at once,
 * refilled at {@code perMinute}. In memory, per instance: behind a load balancer each member limits
 * on its own.
 */
public final class RateLimiter {

  private final int capacity;
  private final double perNano;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int capacity, int perMinute) {
    this.capacity = capacity;
    this.perNano = perMinute / 60e9;
  }

  /** Takes one token for {@code key}; false when the bucket is empty. */
  public boolean tryAcquire(String key) {
    return tryAcquire(key, System.nanoTime());
  }

  boolean tryAcquire(String key, long now) {
    if (buckets.size() > 100_000) {
      buckets.clear();
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
      bucket.at = now;
      if (bucket.tokens < 1) {
        return false;
      }
      bucket.tokens -= 1;
      return true;
    }
  }

  /** Seconds until one more token is there, for Retry-After. */
  public long secondsPerToken() {
    return Math.max(1, (long) Math.ceil(1 / (perNano * 1e9)));
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
