package cn.autogov.kernel.identifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (not a test): validates 1,000,000 mixed identifiers — every shared vector, valid and
 * invalid, cycled — on one thread, normalising as for typed input, and prints the time. Target:
 * under 2 s on one core. Run with {@code ./mvnw -Pbench -pl ejb -am verify -DskipTests}.
 */
public final class IdentifierBench {

  private static final int N = 1_000_000;

  private IdentifierBench() {}

  public static void main(String[] args) throws java.io.IOException {
    Map<String, IdentifierKind> files = Vectors.IDENTIFIER_FILES;
    List<IdentifierKind> kinds = new ArrayList<>();
    List<String> values = new ArrayList<>();
    files.forEach(
        (file, kind) ->
            Vectors.rows(file)
                .forEach(
                    r -> {
                      kinds.add(kind);
                      values.add(r[1]);
                    }));
    IdentifierKind[] k = new IdentifierKind[N];
    String[] v = new String[N];
    for (int i = 0; i < N; i++) {
      k[i] = kinds.get(i % kinds.size());
      v[i] = values.get(i % values.size());
    }
    long[] millis = new long[8];
    int valid = 0;
    for (int round = 0; round < millis.length; round++) {
      long start = System.nanoTime();
      valid = 0;
      for (int i = 0; i < N; i++) {
        if (k[i].check(v[i]).isValid()) {
          valid++;
        }
      }
      millis[round] = (System.nanoTime() - start) / 1_000_000;
    }
    long[] measured = Arrays.copyOfRange(millis, 3, millis.length);
    Arrays.sort(measured);
    long median = measured[measured.length / 2];
    System.out.printf(
        Locale.ROOT,
        "IdentifierBench: %,d mixed identifiers (%d distinct vectors, %,d valid) on one thread:"
            + " warm-up %s ms, measured %s ms, median %d ms = %,.0f identifiers/s; target < 2000 ms: %s%n",
        N,
        values.size(),
        valid,
        Arrays.toString(Arrays.copyOf(millis, 3)),
        Arrays.toString(measured),
        median,
        N * 1000.0 / median,
        median < 2000 ? "MET" : "MISSED");
    String report =
        System.getenv("BENCH_REPORT"); // the run's report (web/bench/report.sh's format)
    if (report != null && !report.isBlank()) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of(report),
          String.join(
                  "\t",
                  "identifier checks: 1,000,000 mixed credit codes, citizen ids, VINs, plates on one thread",
                  median + " ms",
                  "-",
                  "-",
                  "< 2000 ms",
                  median < 2000 ? "met" : "NOT met")
              + "\n",
          java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }
}
