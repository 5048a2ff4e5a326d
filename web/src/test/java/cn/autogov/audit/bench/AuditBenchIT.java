package cn.autogov.audit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.MicroDeployment;
import cn.autogov.testing.Portal;
import jakarta.ejb.EJB;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark (prints figures; CI runs it on PostgreSQL with -Pbench): reviewers' decisions over REST
 * — 4 reviewers' worth of concurrent requests — with the audit trail on and off, in the same run,
 * in alternating rounds (on, off, off, on, …) so that drift favours neither. Target: audited
 * decisions keep at least 70 % of the unaudited throughput.
 */
@Tag("bench")
@ExtendWith(ArquillianExtension.class)
class AuditBenchIT {

  private static final int THREADS = 4;
  private static final int PER_ROUND = Integer.getInteger("bench.decisions", 240);
  private static final int ROUNDS = 8;

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(AuditBenchIT.class);
  }

  @ArquillianResource URL base;

  @EJB BenchSupport bench;

  @Test
  void auditedDecisionsKeepSeventyPercentOfTheThroughput() throws Exception {
    var ent = Portal.create(base, "ENTERPRISE", "110108", null);
    var reviewer = Portal.create(base, "COMMERCE_AUTHORITY", "110000", null);
    String token = Portal.token(base, reviewer.login(), Portal.PASSWORD);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      round(pool, token, ent, PER_ROUND); // warm-up, audited
      round(pool, token, ent, PER_ROUND); // ... and a second
      double on = 0;
      double off = 0;
      for (int r = 0; r < ROUNDS; r++) {
        boolean audited = r % 4 == 0 || r % 4 == 3;
        bench.withoutAudit(!audited);
        double rate = round(pool, token, ent, PER_ROUND);
        System.out.printf(
            "round %d, audit %s: %d decisions, %.1f decisions/s%n",
            r + 1, audited ? "on " : "off", PER_ROUND, rate);
        if (audited) {
          on += rate;
        } else {
          off += rate;
        }
      }
      on /= ROUNDS / 2.0;
      off /= ROUNDS / 2.0;
      System.out.printf(
          "audited %.1f decisions/s, unaudited %.1f decisions/s: %.0f %% (target >= 70 %%)%n",
          on, off, 100 * on / off);
      report(
          String.format("%.1f/s", on),
          String.format("%.1f/s", off),
          String.format("%.0f %%", 100 * on / off),
          on / off >= 0.70);
      assertTrue(on / off >= 0.70, "audited decisions keep " + Math.round(100 * on / off) + " %");
    } finally {
      bench.withoutAudit(false);
      pool.shutdown();
    }
  }

  /**
   * The row of the run's benchmark report (web/bench/report.sh's format) when BENCH_REPORT names
   * it: this test runs inside the server, which has the environment CI gave Maven.
   */
  private static void report(String figure, String reference, String ratio, boolean met) {
    String file = System.getenv("BENCH_REPORT");
    if (file == null || file.isBlank()) {
      return;
    }
    String row =
        String.join(
            "\t",
            "reviewers' decisions over REST, 4 threads: audit trail on against off",
            figure,
            reference,
            ratio,
            ">= 70 %",
            met ? "met" : "NOT met");
    try {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of(file),
          row + "\n",
          java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      System.out.println("benchmark report not written: " + e);
    }
  }

  /** Decides {@code n} fresh filings over REST from the pool's threads; decisions per second. */
  private double round(ExecutorService pool, String token, Portal.Account ent, int n)
      throws Exception {
    var queue = new ConcurrentLinkedQueue<>(bench.submitted(ent.enterpriseId(), ent.login(), n));
    List<Future<Integer>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      workers.add(
          pool.submit(
              () -> {
                int done = 0;
                long[] filing;
                while ((filing = queue.poll()) != null) {
                  var r =
                      Portal.api(
                          base,
                          "POST",
                          "/api/v1/review/filings/" + filing[0] + "/decisions",
                          token,
                          "{\"decision\":\"REJECT\",\"remark\":\"材料不全，基准测试\",\"version\":"
                              + filing[1]
                              + "}");
                  assertEquals(200, r.statusCode(), r.body());
                  done++;
                }
                return done;
              }));
    }
    int decided = 0;
    for (Future<Integer> w : workers) {
      decided += w.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(n, decided);
    return decided / seconds;
  }
}
