package cn.autogov.notification.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.notification.DeliveryStatus;
import cn.autogov.testing.MicroDeployment;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against a provider that fails for a while and comes back: every message is delivered
 * exactly once (also with several senders at once: the after-commit dispatch, the retry timer and
 * four threads); a rolled-back transaction sends nothing.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  private static final int MESSAGES = 40;

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(OutboxIT.class);
  }

  @EJB TestOutbox outbox;

  @Test
  void shouldDeliverEveryMessageExactlyOnceWhenTheProviderFailsForAWhile() throws Exception {
    String address = "1390000" + String.format("%04d", System.nanoTime() % 10_000);
    FlakySender.down = true;
    int refusedBefore = FlakySender.REFUSED.get();
    for (int i = 0; i < MESSAGES; i++) {
      outbox.send(address, "【测试】消息" + i);
    }
    // a business transaction that fails: its message never exists, so never goes out
    assertThrows(EJBException.class, () -> outbox.sendThenFail(address, "【测试】不应发出"));
    // a refusal is counted before its message is put back to PENDING: wait for the outbox's state
    long until = System.currentTimeMillis() + 30_000;
    List<Object[]> down = outbox.state(address);
    while ((FlakySender.REFUSED.get() - refusedBefore < MESSAGES || !allTriedAndWaiting(down))
        && System.currentTimeMillis() < until) {
      Thread.sleep(100);
      down = outbox.state(address);
    }
    assertEquals(MESSAGES, down.size(), "the failed transaction left no message");
    for (Object[] m : down) {
      assertEquals(DeliveryStatus.PENDING, m[1], "not sent while the provider is down");
      assertTrue(((Number) m[2]).intValue() >= 1, "tried after commit");
      assertEquals("provider unreachable", m[3]);
      assertEquals(null, FlakySender.TAKEN.get("autogov-" + m[0]));
    }

    // the provider comes back: the retry timer and four eager senders all go at it
    FlakySender.down = false;
    var pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> rounds = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      rounds.add(
          pool.submit(
              () -> {
                int n = 0;
                long end = System.currentTimeMillis() + 30_000;
                while (System.currentTimeMillis() < end && !allSent(address)) {
                  n += outbox.dispatch();
                  Thread.sleep(300);
                }
                return n;
              }));
    }
    for (Future<Integer> r : rounds) {
      r.get();
    }
    pool.shutdown();
    List<Object[]> after = outbox.state(address);
    for (Object[] m : after) {
      assertEquals(DeliveryStatus.SENT, m[1], "every message went out");
      assertEquals(
          1,
          FlakySender.TAKEN.get("autogov-" + m[0]).get(),
          "message " + m[0] + " went out exactly once");
    }
    assertEquals(MESSAGES, after.size());
  }

  private static boolean allTriedAndWaiting(List<Object[]> messages) {
    return messages.stream()
        .allMatch(m -> m[1] == DeliveryStatus.PENDING && ((Number) m[2]).intValue() >= 1);
  }

  private boolean allSent(String address) {
    return outbox.state(address).stream().allMatch(m -> m[1] == DeliveryStatus.SENT);
  }
}
