package cn.autogov.exchange.application;

import cn.autogov.exchange.domain.LoggedCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for the message log: concurrent calls queue their records, and whoever gets the
 * writer's lock appends everything queued in one transaction (one head lock, one commit); the
 * others wait for their own record's number (no queueing for the lock just to learn it). A caller
 * returns only when its record is committed, so the answer still never goes out unlogged (fail
 * closed); a failed batch fails every call in it. Without it, each call waits for a commit of its
 * own behind the head lock (about 250 calls/s on PostgreSQL here, against 500-1,000 with it).
 */
@ApplicationScoped
public class LogWriter {

  private static final int MAX_BATCH = 500;
  private static final long WAIT_MICROS = 500;

  @Inject ExchangeLog log;

  private final ReentrantLock writer = new ReentrantLock();
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

  private record Pending(LoggedCall call, CompletableFuture<Long> done) {}

  /** Appends the call with whatever else is waiting; returns its number once committed. */
  public long append(LoggedCall call) {
    var mine = new Pending(call, new CompletableFuture<>());
    queue.add(mine);
    while (true) {
      if (!mine.done().isDone() && writer.tryLock()) {
        try {
          writeBatch();
        } finally {
          writer.unlock();
        }
      }
      try {
        // written by this thread, or by the one holding the lock: wake as soon as it is
        return mine.done().get(WAIT_MICROS, TimeUnit.MICROSECONDS);
      } catch (TimeoutException e) {
        // the writer is busy with an earlier batch: try again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
    }
  }

  private void writeBatch() {
    List<Pending> batch = new ArrayList<>();
    for (Pending p; batch.size() < MAX_BATCH && (p = queue.poll()) != null; ) {
      batch.add(p);
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      List<Long> numbers = log.appendAll(batch.stream().map(Pending::call).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).done().complete(numbers.get(i));
      }
    } catch (RuntimeException e) {
      batch.forEach(p -> p.done().completeExceptionally(e));
    }
  }
}
