package dev.wsmock.benchmarks.internal.jmh;

import static dev.wsmock.benchmarks.internal.serving.ServingCost.median;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Page flatness measured the way the serving comparison is: the smallest and the largest state live in one JVM,
 * their pages run in alternating rounds (order swapped every round), and the verdict is the median of the per-round
 * ratios. On a shared 2-core VM, JMH's separate forks per size put drift, steal and JIT luck between the two sizes
 * (its error bars were wider than the means); pairing cancels what both sizes share. The requests and states are
 * the JMH benchmarks' own ({@link ModelPages}, {@link HttpPages}).
 */
public final class PairedPages {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private PairedPages() {}

  /** One page kind on both states: the call to time on each. */
  private record Page(String name, Runnable small, Runnable large) {}

  /** Medians over the rounds. */
  private record Measured(
      double wallRatio,
      double cpuRatio,
      double smallMicros,
      double largeMicros,
      double smallAllocBytes,
      double largeAllocBytes) {}

  public static void run(RunPlan plan, Report report) {
    int smallest = plan.scaleSizes().get(0);
    int largest = plan.scaleSizes().get(plan.scaleSizes().size() - 1);
    ModelPages smallModel = modelPages(smallest);
    ModelPages largeModel = modelPages(largest);
    HttpPages smallHttp = httpPages(smallest);
    HttpPages largeHttp = httpPages(largest);
    try {
      Scale.settleHeap();
      List<Page> pages =
          List.of(
              new Page(
                  "ModelPages.describeImagesFirstPage",
                  smallModel::describeImagesFirstPage,
                  largeModel::describeImagesFirstPage),
              new Page(
                  "ModelPages.describeImagesMiddlePage",
                  smallModel::describeImagesMiddlePage,
                  largeModel::describeImagesMiddlePage),
              new Page(
                  "ModelPages.describePermissionsMiddlePage",
                  smallModel::describePermissionsMiddlePage,
                  largeModel::describePermissionsMiddlePage),
              new Page(
                  "HttpPages.describeImagesMiddlePage",
                  smallHttp::describeImagesMiddlePage,
                  largeHttp::describeImagesMiddlePage),
              new Page(
                  "HttpPages.describePermissionsMiddlePage",
                  smallHttp::describePermissionsMiddlePage,
                  largeHttp::describePermissionsMiddlePage));
      record(plan, report, smallest, largest, pages);
    } finally {
      smallHttp.stop();
      largeHttp.stop();
    }
  }

  private static ModelPages modelPages(int images) {
    ModelPages state = new ModelPages();
    state.images = images;
    state.seed();
    return state;
  }

  private static HttpPages httpPages(int images) {
    HttpPages state = new HttpPages();
    state.images = images;
    state.start();
    return state;
  }

  private static void record(
      RunPlan plan, Report report, int smallest, int largest, List<Page> pages) {
    ObjectNode section = report.section("scale").putObject("paired");
    section
        .put("smallest", smallest)
        .put("largest", largest)
        .put("rounds", plan.pairedRounds())
        .put("callsPerRound", plan.pairedCallsPerRound());
    ArrayNode rows = section.putArray("pages");
    Map<String, Double> ratios = new LinkedHashMap<>();
    // Every page on both sizes first, so no page is measured while the JVM still settles from
    // seeding and JIT work.
    for (Page page : pages) {
      warmUp(plan, page);
    }
    Table table =
        new Table(
            String.format(
                "Scale, paired: a page at %,d images / at %,d images (same JVM, alternating"
                    + " rounds, medians; target ≤ 1.2)",
                largest, smallest),
            "page",
            "µs small",
            "µs large",
            "wall ratio",
            "cpu ratio",
            "alloc B small",
            "alloc B large");
    for (Page page : pages) {
      Measured m = measure(plan, page);
      ratios.put(page.name(), m.wallRatio());
      rows.addObject()
          .put("page", page.name())
          .put("wallRatio", m.wallRatio())
          .put("cpuRatio", m.cpuRatio())
          .put("smallMicros", m.smallMicros())
          .put("largeMicros", m.largeMicros())
          .put("smallAllocBytes", m.smallAllocBytes())
          .put("largeAllocBytes", m.largeAllocBytes());
      table.row(
          page.name(),
          m.smallMicros(),
          m.largeMicros(),
          m.wallRatio(),
          m.cpuRatio(),
          m.smallAllocBytes(),
          m.largeAllocBytes());
    }
    ObjectNode largestOverSmallest = section.putObject("largestOverSmallest");
    ratios.forEach(largestOverSmallest::put);
    report.print(table);
  }

  /** Both sizes through the same compiled code. */
  private static void warmUp(RunPlan plan, Page page) {
    for (int n = 0; n < plan.pairedWarmupCalls(); n++) {
      page.small().run();
      page.large().run();
    }
  }

  private static Measured measure(RunPlan plan, Page page) {
    int calls = plan.pairedCallsPerRound();
    warmUp(plan, page);
    int rounds = plan.pairedRounds();
    double[][] small = new double[3][rounds];
    double[][] large = new double[3][rounds];
    for (int round = 0; round < rounds; round++) {
      if (round % 2 == 0) {
        time(page.small(), calls, small, round);
        time(page.large(), calls, large, round);
      } else {
        time(page.large(), calls, large, round);
        time(page.small(), calls, small, round);
      }
    }
    Function<Integer, double[]> ratio =
        column -> {
          double[] r = new double[rounds];
          for (int i = 0; i < rounds; i++) {
            r[i] = large[column][i] / small[column][i];
          }
          return r;
        };
    return new Measured(
        median(ratio.apply(0)),
        median(ratio.apply(1)),
        median(small[0]) / 1000.0,
        median(large[0]) / 1000.0,
        median(small[2]),
        median(large[2]));
  }

  /** Per call: wall ns, thread CPU ns, allocated bytes, into {@code into[column][round]}. */
  private static void time(Runnable call, int calls, double[][] into, int round) {
    long thread = Thread.currentThread().getId();
    long allocated = THREADS.getThreadAllocatedBytes(thread);
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int n = 0; n < calls; n++) {
      call.run();
    }
    into[0][round] = (double) (System.nanoTime() - wall) / calls;
    into[1][round] = (double) (THREADS.getCurrentThreadCpuTime() - cpu) / calls;
    into[2][round] = (double) (THREADS.getThreadAllocatedBytes(thread) - allocated) / calls;
  }
}
