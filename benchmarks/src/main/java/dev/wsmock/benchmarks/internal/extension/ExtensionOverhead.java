package dev.wsmock.benchmarks.internal.extension;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import dev.wsmock.junit5.WorkSpacesMockTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The JUnit extension's overhead per test method: the same empty test body run {@value #METHODS} times through the
 * JUnit engine, once in a plain class and once in a {@code @WorkSpacesMockTest} class that takes an injected SDK
 * client (so every test pays the per-test reset and the parameter resolution); rounds alternate, medians compared.
 * Each run of the extended class also starts one mock and builds one client, amortised over its {@value #METHODS}
 * methods (about 0.1 ms each at a warm start of ~18 ms), so the figure is an upper bound of the per-method cost.
 */
public final class ExtensionOverhead {
  static final int METHODS = 200;

  private ExtensionOverhead() {}

  public static void run(RunPlan plan, Report report) {
    int rounds = plan.isSmoke() ? 1 : 9;
    List<Double> plain = new ArrayList<>();
    List<Double> extended = new ArrayList<>();
    execute(PlainTestCase.class); // load the engine and the JIT before the first measured round
    execute(ExtendedTestCase.class);
    for (int n = 0; n < rounds; n++) {
      boolean plainFirst = n % 2 == 0;
      if (plainFirst) {
        plain.add(perMethodMicros(PlainTestCase.class));
        extended.add(perMethodMicros(ExtendedTestCase.class));
      } else {
        extended.add(perMethodMicros(ExtendedTestCase.class));
        plain.add(perMethodMicros(PlainTestCase.class));
      }
    }
    double plainMedian = median(plain);
    double extendedMedian = median(extended);
    ObjectNode json = report.section("extension");
    json.put("methodsPerClass", METHODS)
        .put("rounds", rounds)
        .put("plainMicrosPerMethod", plainMedian)
        .put("extensionMicrosPerMethod", extendedMedian)
        .put("overheadMicrosPerMethod", extendedMedian - plainMedian);
    report.print(
        new Table(
                "JUnit extension overhead per test method (median µs; one mock start per class amortised in)",
                "methods",
                "rounds",
                "plain JUnit",
                "@WorkSpacesMockTest + injected client",
                "overhead")
            .row(METHODS, rounds, plainMedian, extendedMedian, extendedMedian - plainMedian));
  }

  private static double perMethodMicros(Class<?> testClass) {
    long started = System.nanoTime();
    execute(testClass);
    return (System.nanoTime() - started) / 1000.0 / METHODS;
  }

  private static void execute(Class<?> testClass) {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(testClass))
            .execute()
            .testEvents();
    long succeeded = tests.succeeded().count();
    if (succeeded != METHODS) {
      throw new IllegalStateException(
          testClass.getSimpleName()
              + ": "
              + succeeded
              + " of "
              + METHODS
              + " tests succeeded, "
              + tests.failed().count()
              + " failed");
    }
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The baseline: JUnit alone. */
  static class PlainTestCase {
    @RepeatedTest(METHODS)
    void does_nothing() {}
  }

  /** The same test with the mock: reset before each method, a client resolved for each. */
  @WorkSpacesMockTest
  static class ExtendedTestCase {
    @RepeatedTest(METHODS)
    void does_nothing_with_a_client(WorkSpacesClient client) {}
  }
}
