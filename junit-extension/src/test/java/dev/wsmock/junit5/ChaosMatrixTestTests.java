package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.assertAllPassed;
import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.reported;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.scenarios.ChaosCase;
import dev.wsmock.scenarios.Scenario;
import dev.wsmock.scenarios.Scenarios;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** {@code @ChaosMatrixTest}: one reported run per scenario and seed, each on a mock with only its case applied. */
class ChaosMatrixTestTests {

  @Test
  void runs_once_per_scenario_and_seed_named_by_the_case() {
    EngineExecutionResults results = run(MatrixTestCase.class);

    assertAllPassed(results, 4);
    assertThat(
            results.testEvents().started().stream()
                .map(Event::getTestDescriptor)
                .map(TestDescriptor::getDisplayName))
        .containsExactly(
            "lost-share-response [fault seed 1]", "lost-share-response [fault seed 2]",
            "govcloud-byol [fault seed 1]", "govcloud-byol [fault seed 2]");
    assertThat(reported(results, "case"))
        .containsExactly(
            "lost-share-response seed 1 rules [lost-share]",
                "lost-share-response seed 2 rules [lost-share]",
            "govcloud-byol seed 1 rules []", "govcloud-byol seed 2 rules []");
  }

  @Test
  void reports_a_failing_run_with_its_scenario_and_seed() {
    EngineExecutionResults results = run(FailingRunTestCase.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    Throwable failure = failures(results).get(0);
    assertThat(failure).hasMessage("not resilient against lost-share-response");
    assertThat(failure.getSuppressed()[0].getMessage())
        .isEqualTo(
            """
        WorkSpaces calls during this test: none
        Scenarios applied: lost-share-response; fault seed 7
        Replay: scenario 'lost-share-response' failed with fault seed 7; replay with \
        ChaosMatrix.of("lost-share-response").withSeeds(7L) or -Dwsmock.faultSeed=7""");
  }

  @Test
  void runs_the_whole_catalogue() {
    EngineExecutionResults results = run(CatalogueTestCase.class);

    assertAllPassed(results, Scenarios.names().size());
    assertThat(
            results.testEvents().started().stream()
                .map(Event::getTestDescriptor)
                .map(TestDescriptor::getDisplayName))
        .containsExactlyElementsOf(Scenarios.names());
  }

  @Test
  void injects_clients_that_meet_the_case_faults() {
    assertAllPassed(run(ClientTestCase.class), 1);
  }

  @Test
  void isolates_runs_that_execute_concurrently() {
    EngineExecutionResults results =
        run(
            ConcurrentTestCase.class,
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"));

    assertAllPassed(results, 4);
  }

  @Test
  void needs_the_mock_extension() {
    assertThat(failures(run(WithoutMockTestCase.class)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f)
                    .hasMessage(
                        "@ChaosMatrixTest needs a WorkSpaces mock: annotate"
                            + " WithoutMockTestCase with @WorkSpacesMockTest or register a WorkSpacesMockExtension."));
  }

  // ---- fixtures ----

  static List<String> ruleNames(WorkSpacesMock mock) {
    return mock.faults().rules().stream().map(FaultRule::name).toList();
  }

  @WorkSpacesMockTest
  static class MatrixTestCase {
    @ChaosMatrixTest(
        scenarios = {"lost-share-response", "govcloud-byol"},
        seeds = {1, 2})
    void survives(
        ChaosCase chaosCase, Scenario scenario, WorkSpacesMock mock, TestReporter reporter) {
      assertThat(scenario).isSameAs(chaosCase.scenario());
      reporter.publishEntry(
          "case", scenario.name() + " seed " + mock.faults().seed() + " rules " + ruleNames(mock));
    }
  }

  @WorkSpacesMockTest
  static class FailingRunTestCase {
    @ChaosMatrixTest(
        scenarios = {"lost-share-response", "govcloud-byol"},
        seeds = 7)
    void survives(Scenario scenario) {
      if (scenario.name().equals("lost-share-response")) {
        throw new AssertionError("not resilient against " + scenario.name());
      }
    }
  }

  @WorkSpacesMockTest(strictness = WorkSpacesMockTest.Strictness.LENIENT)
  static class CatalogueTestCase {
    @ChaosMatrixTest(catalogue = true)
    void runs(Scenario scenario, WorkSpacesMock mock) {
      assertThat(ruleNames(mock)).hasSameSizeAs(scenario.faults());
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, fastRetries = true)
  static class ClientTestCase {
    @ChaosMatrixTest(scenarios = "throttle-storm-on-describe")
    void the_sdk_retries_through_the_storm(WorkSpacesClient owner, CallJournal journal) {
      assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      assertThat(journal.all()).extracting(c -> c.sdkAttempt()).containsExactly(1, 2, 3, 4);
    }
  }

  @WorkSpacesMockTest
  @Execution(ExecutionMode.CONCURRENT)
  static class ConcurrentTestCase {
    @ChaosMatrixTest(
        scenarios = {
          "lost-share-response",
          "lost-copy-response",
          "garbled-describe",
          "govcloud-byol"
        })
    void sees_only_its_own_case(Scenario scenario, WorkSpacesMock mock) {
      assertThat(ruleNames(mock))
          .isEqualTo(scenario.faults().stream().map(FaultRule::name).toList());
    }
  }

  static class WithoutMockTestCase {
    @ChaosMatrixTest(scenarios = "lost-share-response")
    void runs() {}
  }
}
