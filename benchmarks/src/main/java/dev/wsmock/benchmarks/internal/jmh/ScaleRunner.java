package dev.wsmock.benchmarks.internal.jmh;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks of this package through JMH's Runner API (so one {@code java -jar} runs everything) and
 * turns the results into a table: average µs per operation, allocation per operation ({@code -prof gc}), and for
 * each page the ratio of its latency at the largest state to the smallest.
 */
public final class ScaleRunner {
  private ScaleRunner() {}

  public static void run(RunPlan plan, Report report) {
    Collection<RunResult> results =
        runJmh(plan, List.of(ModelPages.class, HttpPages.class, Mutations.class));
    results.addAll(runJmh(plan, List.of(Resets.class)));
    record(results, plan, report);
    PairedPages.run(plan, report);
  }

  private static Collection<RunResult> runJmh(RunPlan plan, List<Class<?>> benchmarks) {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(plan.jmhForks())
            .warmupIterations(plan.jmhWarmupIterations())
            .warmupTime(TimeValue.milliseconds(plan.jmhWarmupTime().toMillis()))
            .measurementIterations(plan.jmhIterations())
            .measurementTime(TimeValue.milliseconds(plan.jmhIterationTime().toMillis()))
            .timeUnit(TimeUnit.MICROSECONDS)
            .shouldFailOnError(true)
            .verbosity(plan.isSmoke() ? VerboseMode.SILENT : VerboseMode.NORMAL)
            .jvmArgsAppend("-Xmx3g");
    benchmarks.forEach(b -> options.include("\\." + b.getSimpleName() + "\\."));
    if (benchmarks.stream().anyMatch(b -> b != Resets.class)) {
      options.param(
          "images", plan.scaleSizes().stream().map(String::valueOf).toArray(String[]::new));
    }
    if (plan.jmhGcProfiler()) {
      options.addProfiler(GCProfiler.class);
    }
    try {
      return new ArrayList<>(new Runner(options.build()).run());
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed", e);
    }
  }

  private static void record(Collection<RunResult> results, RunPlan plan, Report report) {
    ObjectNode section = report.section("scale");
    ArrayNode rows = section.putArray("benchmarks");
    Table table =
        new Table(
            "Scale (JMH, average per operation)",
            "benchmark",
            "images",
            "µs/op",
            "± error",
            "alloc B/op");
    Map<String, Map<Integer, Double>> byBenchmark = new LinkedHashMap<>();
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(
        Comparator.comparing((RunResult r) -> r.getParams().getBenchmark())
            .thenComparingInt(r -> images(r)));
    for (RunResult result : sorted) {
      String name = shortName(result.getParams().getBenchmark());
      int images = images(result);
      Result<?> primary = result.getPrimaryResult();
      Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
      ObjectNode row =
          rows.addObject()
              .put("benchmark", name)
              .put("microsPerOp", primary.getScore())
              .put("error", primary.getScoreError());
      if (images > 0) {
        row.put("images", images);
      }
      if (alloc != null) {
        row.put("allocBytesPerOp", alloc.getScore());
      }
      table.row(
          name,
          images > 0 ? (Object) images : "-",
          primary.getScore(),
          Double.isNaN(primary.getScoreError()) ? null : primary.getScoreError(),
          alloc == null ? null : alloc.getScore());
      if (images > 0) {
        byBenchmark
            .computeIfAbsent(name, k -> new LinkedHashMap<>())
            .put(images, primary.getScore());
      }
    }
    report.print(table);
    int smallest = plan.scaleSizes().get(0);
    int largest = plan.scaleSizes().get(plan.scaleSizes().size() - 1);
    ObjectNode ratios = section.putObject("largestOverSmallest");
    Table flatness =
        new Table(
            "Scale, JMH: latency at "
                + largest
                + " images / at "
                + smallest
                + " images (separate"
                + " forks; the paired measurement below is the one judged)",
            "benchmark",
            "ratio");
    byBenchmark.forEach(
        (name, scores) -> {
          if (scores.containsKey(smallest) && scores.containsKey(largest)) {
            double ratio = scores.get(largest) / scores.get(smallest);
            ratios.put(name, ratio);
            flatness.row(name, ratio);
          }
        });
    report.print(flatness);
  }

  private static int images(RunResult result) {
    String value = result.getParams().getParam("images");
    return value == null ? 0 : Integer.parseInt(value);
  }

  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1];
  }
}
