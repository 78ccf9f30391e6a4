package dev.wsmock.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.wsmock.WorkSpacesMock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs *TestCase fixtures through the Jupiter engine, the way users' test suites run. */
final class Kit {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";
  static final String GOV = "333333333333";

  private Kit() {}

  static EngineExecutionResults run(Class<?> testCase) {
    return run(testCase, Map.of());
  }

  static EngineExecutionResults run(Class<?> testCase, Map<String, String> configuration) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(configuration)
        .selectors(selectClass(testCase))
        .execute();
  }

  /**
   * Publishes which mock instance a fixture got, for "each test had its own mock" checks. Ports cannot say that:
   * once a test's own mock is closed, the next mock may be given the very port it freed.
   */
  static void publishMockIdentity(TestReporter reporter, WorkSpacesMock mock) {
    reporter.publishEntry("mock", Integer.toHexString(System.identityHashCode(mock)));
  }

  /** Values the fixtures published with {@code TestReporter.publishEntry(key, value)}, in order. */
  static List<String> reported(EngineExecutionResults results, String key) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get(key))
        .filter(v -> v != null)
        .toList();
  }

  /** What each failed test (or container) threw. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(Event::getPayload)
        .map(p -> p.orElseThrow())
        .map(TestExecutionResult.class::cast)
        .map(r -> r.getThrowable().orElseThrow())
        .toList();
  }

  /** Every test passed, {@code tests} of them; otherwise the fixtures' own failures are the message. */
  static void assertAllPassed(EngineExecutionResults results, int tests) {
    List<Throwable> failures = failures(results);
    if (!failures.isEmpty()) {
      AssertionError error =
          new AssertionError(failures.size() + " fixture failure(s); first: " + failures.get(0));
      failures.forEach(error::addSuppressed);
      throw error;
    }
    results.testEvents().assertStatistics(s -> s.started(tests).succeeded(tests));
  }
}
