package cn.autogov.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.exchange.domain.Channel;
import cn.autogov.exchange.domain.LoggedCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The group commit of the message log, with a log that takes its time and counts its batches. */
class LogWriterTest {

  /**
   * A message log that numbers what it is given, a millisecond a batch; fails calls named "fail".
   */
  static final class SlowLog extends ExchangeLog {
    final AtomicLong seq = new AtomicLong();
    final AtomicInteger batches = new AtomicInteger();
    final Set<Thread> writers = ConcurrentHashMap.newKeySet();

    @Override
    public List<Long> appendAll(List<LoggedCall> calls) {
      batches.incrementAndGet();
      writers.add(Thread.currentThread());
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (calls.stream().anyMatch(c -> "fail".equals(c.operation()))) {
        throw new IllegalStateException("the database is gone");
      }
      List<Long> numbers = new ArrayList<>();
      calls.forEach(c -> numbers.add(seq.incrementAndGet()));
      return numbers;
    }
  }

  private static LoggedCall call(String operation) {
    return new LoggedCall(
        "c",
        Channel.SOAP,
        operation,
        null,
        null,
        "OK",
        1,
        "127.0.0.1",
        "<q/>",
        "<a/>",
        false,
        null);
  }

  @Test
  void everyCallerGetsItsOwnNumberOnceCommittedAndCallsShareBatches() throws Exception {
    var log = new SlowLog();
    var writer = new LogWriter();
    writer.log = log;
    int callers = 50;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int t = 0; t < callers; t++) {
      results.add(
          pool.submit(
              () -> {
                go.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  mine.add(writer.append(call("verify")));
                }
                return mine;
              }));
    }
    go.countDown();
    Set<Long> all = new HashSet<>();
    for (var r : results) {
      all.addAll(r.get(30, TimeUnit.SECONDS)); // nobody waits for ever
    }
    pool.shutdown();
    assertEquals(callers * each, all.size(), "a number each, none twice");
    assertEquals(callers * each, log.seq.get());
    assertTrue(
        log.batches.get() < callers * each / 4,
        "waiting callers are written together: " + log.batches.get() + " batches");
    assertTrue(log.writers.size() > 1, "whoever is first at the lock writes, not one thread");
  }

  @Test
  void aFailedBatchFailsItsCallersAndTheNextOnesAreWrittenAgain() {
    var writer = new LogWriter();
    writer.log = new SlowLog();
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> writer.append(call("fail")));
    assertEquals("the database is gone", e.getMessage());
    assertEquals(1L, writer.append(call("verify")), "the log goes on after a failure");
  }
}
