package dev.wsmock.benchmarks.internal.startup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Start and reset. Start: the mock and a bare WireMock, alternated, each from nothing to its first answered request;
 * cold in fresh JVMs (every class loaded for the first time, as in a one-test run) and warm in this JVM (as for the
 * second and later test classes of a suite). Reset: {@code mock.reset()} with the realistic seed, many times; the
 * JUnit extension's per-test overhead is this reset (the extension is built elsewhere and not measured here).
 */
public final class StartCost {
  private static final List<String> KINDS = List.of("mock", "wiremock");

  private StartCost() {}

  public static void run(RunPlan plan, Report report) {
    ObjectNode section = report.section("start");
    Table table =
        new Table(
            "Start: from nothing to the first answered request (median ms)",
            "mode",
            "server",
            "runs",
            "start",
            "first request",
            "total",
            "mock/wiremock");
    if (plan.coldStarts() > 0) {
      Map<String, List<long[]>> cold = alternate(plan.coldStarts(), StartCost::coldStart);
      addRows("cold (fresh JVM)", cold, table, section.putObject("cold"));
    }
    measureInProcess(
        plan.isSmoke() ? 1 : 3); // load classes and warm the JIT before the warm figures
    Map<String, List<long[]>> warm = alternate(plan.warmStarts(), StartProbe::measure);
    addRows("warm (same JVM)", warm, table, section.putObject("warm"));
    report.print(table);
    reset(plan, report, section.putObject("reset"));
  }

  private static void measureInProcess(int times) {
    for (int n = 0; n < times; n++) {
      KINDS.forEach(StartProbe::measure);
    }
  }

  private static Map<String, List<long[]>> alternate(
      int runs, java.util.function.Function<String, long[]> probe) {
    Map<String, List<long[]>> samples = new LinkedHashMap<>();
    KINDS.forEach(k -> samples.put(k, new ArrayList<>()));
    for (int n = 0; n < runs; n++) {
      for (int i = 0; i < KINDS.size(); i++) {
        String kind = KINDS.get((i + n) % KINDS.size());
        samples.get(kind).add(probe.apply(kind));
      }
    }
    return samples;
  }

  private static void addRows(
      String mode, Map<String, List<long[]>> samples, Table table, ObjectNode json) {
    double mockTotal = medianMillis(samples.get("mock"), 2);
    double wireMockTotal = medianMillis(samples.get("wiremock"), 2);
    samples.forEach(
        (kind, runs) -> {
          double start = medianMillis(runs, 0);
          double first = medianMillis(runs, 1);
          double total = medianMillis(runs, 2);
          json.putObject(kind)
              .put("runs", runs.size())
              .put("startMillis", start)
              .put("firstRequestMillis", first)
              .put("totalMillis", total);
          table.row(
              mode,
              kind,
              runs.size(),
              start,
              first,
              total,
              "mock".equals(kind) ? mockTotal / wireMockTotal : null);
        });
    json.put("mockOverWireMock", mockTotal / wireMockTotal);
  }

  /** Column 0 start, 1 first request, 2 both. */
  private static double medianMillis(List<long[]> runs, int column) {
    double[] values =
        runs.stream()
            .mapToDouble(r -> (column == 2 ? r[0] + r[1] : r[column]) / 1e6)
            .sorted()
            .toArray();
    int n = values.length;
    return n == 0
        ? Double.NaN
        : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static long[] coldStart(String kind) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                StartProbe.class.getName(),
                kind)
            .redirectErrorStream(true);
    try {
      Process process = builder.start();
      String probe = null;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("probe ")) {
            probe = line;
          }
        }
      }
      int exit = process.waitFor();
      if (exit != 0 || probe == null) {
        throw new IllegalStateException("start probe for " + kind + " exited " + exit);
      }
      return Arrays.stream(probe.substring(6).split(" ")).mapToLong(Long::parseLong).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void reset(RunPlan plan, Report report, ObjectNode json) {
    int runs = plan.isSmoke() ? 200 : 20_000;
    Histogram resets = new Histogram(60_000_000_000L, 3);
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(Seeds.realistic()).start()) {
      for (int n = 0; n < runs; n++) {
        mock.reset(); // warm-up
      }
      for (int n = 0; n < runs; n++) {
        long started = System.nanoTime();
        mock.reset();
        resets.recordValue(System.nanoTime() - started);
      }
    }
    json.put("seed", "20 images, 5 shares, 2 bundles")
        .put("runs", runs)
        .put("p50Micros", resets.getValueAtPercentile(50) / 1000.0)
        .put("p90Micros", resets.getValueAtPercentile(90) / 1000.0)
        .put("p99Micros", resets.getValueAtPercentile(99) / 1000.0)
        .put("meanMicros", resets.getMean() / 1000.0);
    report.print(
        new Table(
                "Per-test reset: mock.reset() with 20 images, 5 shares, 2 bundles (µs)",
                "runs",
                "p50",
                "p90",
                "p99",
                "mean")
            .row(
                runs,
                resets.getValueAtPercentile(50) / 1000.0,
                resets.getValueAtPercentile(90) / 1000.0,
                resets.getValueAtPercentile(99) / 1000.0,
                resets.getMean() / 1000.0));
  }
}
