package cn.autogov.notification.outbox;

import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageSender;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deployed with the outbox test only: a provider that is down while {@link #down} is set, and
 * counts what it took per idempotency key (a real provider would drop repeats; this one counts
 * them, so a repeat fails the test).
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class FlakySender implements MessageSender {

  static volatile boolean down;
  static final Map<String, AtomicInteger> TAKEN = new ConcurrentHashMap<>();
  static final AtomicInteger REFUSED = new AtomicInteger();

  @Override
  public void deliver(String key, Channel channel, String address, String text) throws Exception {
    if (down) {
      REFUSED.incrementAndGet();
      throw new java.io.IOException("provider unreachable");
    }
    Thread.sleep(2); // a provider takes a moment: the window in which a second sender would slip in
    TAKEN.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }
}
