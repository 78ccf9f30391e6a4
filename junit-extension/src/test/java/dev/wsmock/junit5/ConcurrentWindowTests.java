package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * Tests running at once on one shared mock ({@code isolation = PER_CLASS}, concurrent execution) each see only their
 * own calls in their timeline and their strict checks: six tests, each calling as its own account, are held at a
 * barrier until all six have made their calls, so every window overlaps every other.
 */
class ConcurrentWindowTests {

  @Test
  void
      each_concurrent_test_on_a_shared_mock_sees_only_its_own_calls_in_timeline_and_strict_checks() {
    EngineExecutionResults results = run(SharedMockTestCase.class, ParallelIsolationTests.PARALLEL);

    results.testEvents().assertStatistics(s -> s.started(6).failed(6));
    List<Throwable> failures = Kit.failures(results);
    assertThat(failures).hasSize(6);
    for (Throwable failure : failures) {
      String message = failure.getMessage();
      String account = message.lines().findFirst().orElseThrow().substring("timeline of ".length());
      String timeline = suppressed(failure, "CallTimeline");
      assertThat(timeline)
          .as("the timeline of %s", account)
          .contains("WorkSpaces calls during this test (" + callsBy(account) + "):");
      // A call the failure already quotes (the careless call, in strict mode's explanation) is
      // listed by number.
      int quoted = account.equals(SharedMockTestCase.CARELESS) ? 1 : 0;
      assertThat(timeline.lines().filter(l -> l.startsWith("  #") && !l.endsWith(": quoted above")))
          .hasSize(callsBy(account) - quoted)
          .allSatisfy(line -> assertThat(line).contains(" " + account + " us-east-1 "));
      String strictPart =
          message.contains(STRICT) ? message.substring(message.indexOf(STRICT)) : "";
      if (account.equals(SharedMockTestCase.CARELESS)) {
        assertThat(strictPart)
            .contains("this test's WorkSpaces calls broke 1 consumer check:")
            .contains("ValidationException")
            .doesNotContain(SharedMockTestCase.ACCOUNTS.subList(0, 5));
      } else {
        assertThat(strictPart)
            .as("%s broke no check; the careless test's calls are not its own", account)
            .isEmpty();
        assertThat(failure.getSuppressed()).noneMatch(s -> s instanceof AssertionError);
      }
    }
  }

  private static final String STRICT = "Strict mode, which may explain this failure:";

  private static int callsBy(String account) {
    return account.equals(SharedMockTestCase.CARELESS) ? 3 : 2;
  }

  private static String suppressed(Throwable failure, String simpleName) {
    return Arrays.stream(failure.getSuppressed())
        .filter(s -> s.getClass().getSimpleName().equals(simpleName))
        .findFirst()
        .map(Throwable::getMessage)
        .orElseThrow(() -> new AssertionError("no " + simpleName + " on " + failure));
  }

  @WorkSpacesMockTest(isolation = Isolation.PER_CLASS)
  @TestInstance(Lifecycle.PER_CLASS) // one instance, so one barrier, for the six
  @Execution(ExecutionMode.CONCURRENT)
  static class SharedMockTestCase {
    static final List<String> ACCOUNTS =
        List.of(
            "200000000001",
            "200000000002",
            "200000000003",
            "200000000004",
            "200000000005",
            "200000000006");

    /** Its third call breaks a constraint; strict mode must blame it, and nobody else. */
    static final String CARELESS = "200000000006";

    private final CyclicBarrier allCalled = new CyclicBarrier(6);

    private void calls(WorkSpacesClient client, String account) throws Exception {
      client.describeWorkspaceImages(r -> {});
      client.describeWorkspaceImages(r -> r.maxResults(5));
      if (account.equals(CARELESS)) {
        try {
          client.describeWorkspaceImages(r -> r.maxResults(26));
        } catch (WorkSpacesException refused) {
          // ValidationException, as AWS would answer
        }
      }
      allCalled.await(60, TimeUnit.SECONDS); // every window is open and holds its calls now
      throw new AssertionError("timeline of " + account);
    }

    @Test
    void t1(@Account("200000000001") WorkSpacesClient c) throws Exception {
      calls(c, "200000000001");
    }

    @Test
    void t2(@Account("200000000002") WorkSpacesClient c) throws Exception {
      calls(c, "200000000002");
    }

    @Test
    void t3(@Account("200000000003") WorkSpacesClient c) throws Exception {
      calls(c, "200000000003");
    }

    @Test
    void t4(@Account("200000000004") WorkSpacesClient c) throws Exception {
      calls(c, "200000000004");
    }

    @Test
    void t5(@Account("200000000005") WorkSpacesClient c) throws Exception {
      calls(c, "200000000005");
    }

    @Test
    void t6(@Account("200000000006") WorkSpacesClient c) throws Exception {
      calls(c, "200000000006");
    }
  }
}
