package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.assertAllPassed;
import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.reported;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import dev.wsmock.junit5.WorkSpacesMockTest.Strictness;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** {@code @WithScenario} applies fault scenarios to the test's mock; reset takes them away again. */
class WithScenarioTests {

  @Test
  void applies_the_class_scenario_and_lets_a_method_scenario_replace_it() {
    EngineExecutionResults results = run(ClassAndMethodTestCase.class);

    assertAllPassed(results, 3);
    assertThat(reported(results, "seen"))
        .containsExactly(
            "class: images [wsi-golden0001] rules [lost-share]",
            "method: images [wsi-govbyol001] rules []",
            "nested: images [wsi-golden0001] rules [lost-share]");
  }

  @Test
  void applies_several_values_in_order_and_reads_team_files_and_composed_annotations() {
    EngineExecutionResults results = run(StackedTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "seen"))
        .containsExactly(
            "stacked: images [wsi-golden0001, wsi-mine000001] rules [lost-share, copies-throttled]",
            "composed: images [wsi-mine000001] rules [copies-throttled]");
  }

  @Test
  void the_scenario_fault_reaches_the_sdk_client() {
    assertAllPassed(run(FaultReachesClientTestCase.class), 1);
  }

  @Test
  void pins_the_fault_seed_from_the_wsmock_faultSeed_parameter() {
    EngineExecutionResults results = run(SeedTestCase.class, Map.of("wsmock.faultSeed", "4242"));

    assertAllPassed(results, 1);
    assertThat(reported(results, "seed")).containsExactly("4242");
    assertThat(reported(results, "wsmock.scenarios")).containsExactly("lost-share-response");
    assertThat(reported(results, "wsmock.faultSeed")).containsExactly("4242");
  }

  @Test
  void a_failed_test_timeline_names_the_scenario_the_seed_and_how_to_replay() {
    List<Throwable> failures =
        failures(run(FailingScenarioTestCase.class, Map.of("wsmock.faultSeed", "42")));

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).hasMessage("the distribution gave up");
    assertThat(failures.get(0).getSuppressed()[0].getMessage())
        .isEqualTo(
            """
        WorkSpaces calls during this test (1):
          #1 2026-01-01T00:00:00Z 111111111111 us-east-1 CopyWorkspaceImage {SourceImageId=wsi-mine000001, \
        SourceRegion=us-east-1, Name=copy} -> 400 ThrottlingException (attempt 1) \
        [fault: copies-throttled: 400 ThrottlingException]
        Scenarios applied: throttled-copies; fault seed 42
        Replay: scenario 'throttled-copies' failed with fault seed 42; replay with \
        ChaosMatrix.of("throttled-copies").withSeeds(42L) or -Dwsmock.faultSeed=42""");
  }

  @Test
  void an_unknown_scenario_fails_the_test_naming_the_annotation() {
    List<Throwable> failures = failures(run(UnknownScenarioTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .startsWith(
                        "@WithScenario(\"no-such-scenario\") for uses_it(): 'no-such-scenario' is neither a catalogue"));
  }

  @Test
  void the_reset_before_each_test_clears_the_faults_a_test_added() {
    EngineExecutionResults results = run(ResetClearsFaultsTestCase.class);

    assertAllPassed(results, 3);
    assertThat(reported(results, "rules")).containsExactly("[lost-share]", "[]", "[]");
  }

  @Test
  void a_shared_mock_that_is_not_reset_never_receives_a_scenario() {
    EngineExecutionResults results = run(NoResetTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "seen"))
        .containsExactly("images [wsi-golden0001] rules [lost-share]", "images [] rules []");
    assertThat(reported(results, "mock")).hasSize(2).doesNotHaveDuplicates();
  }

  // ---- fixtures ----

  @WorkSpacesMockTest(resetBetweenTests = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class NoResetTestCase {
    @Test
    @Order(1)
    @WithScenario("lost-share-response")
    void gets_a_mock_of_its_own(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("seen", seen(mock));
      Kit.publishMockIdentity(reporter, mock);
    }

    @Test
    @Order(2)
    void the_shared_one_stayed_clean(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("seen", seen(mock));
      Kit.publishMockIdentity(reporter, mock);
    }
  }

  static String seen(WorkSpacesMock mock) {
    List<String> images = mock.images("us-east-1").stream().map(i -> i.imageId()).toList();
    List<String> gov = mock.images("us-gov-west-1").stream().map(i -> i.imageId()).toList();
    return "images "
        + (gov.isEmpty() ? images : gov)
        + " rules "
        + mock.faults().rules().stream().map(FaultRule::name).toList();
  }

  @WorkSpacesMockTest
  @WithScenario("lost-share-response")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ClassAndMethodTestCase {
    @Test
    @Order(1)
    void uses_the_class_scenario(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("seen", "class: " + seen(mock));
    }

    @Test
    @Order(2)
    @WithScenario("govcloud-byol")
    void uses_its_own(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("seen", "method: " + seen(mock));
    }

    @Nested
    class Inner {
      @Test
      void uses_the_enclosing_class_scenario(WorkSpacesMock mock, TestReporter reporter) {
        reporter.publishEntry("seen", "nested: " + seen(mock));
      }
    }
  }

  @Target({ElementType.TYPE, ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  @WithScenario("scenarios/mine.yaml")
  @interface ThrottledCopies {}

  @WorkSpacesMockTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class StackedTestCase {
    @Test
    @Order(1)
    @WithScenario({"lost-share-response", "scenarios/mine.yaml"})
    void stacks(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("seen", "stacked: " + seen(mock));
    }

    @Test
    @Order(2)
    @ThrottledCopies
    void composed(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("seen", "composed: " + seen(mock));
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, fastRetries = true, strictness = Strictness.LENIENT)
  static class FaultReachesClientTestCase {
    @Test
    @ThrottledCopies
    void copies_are_throttled_on_every_attempt(WorkSpacesClient owner, WorkSpacesMock mock) {
      assertThatThrownBy(
              () ->
                  owner.copyWorkspaceImage(
                      r ->
                          r.sourceImageId("wsi-mine000001").sourceRegion("us-east-1").name("copy")))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException"));
      // The SDK's default 3 retries, all throttled, without its backoff.
      assertThat(mock.journal().all()).hasSize(4).allMatch(c -> c.faultFired() != null);
    }
  }

  @WorkSpacesMockTest
  static class SeedTestCase {
    @Test
    @WithScenario("lost-share-response")
    void reports_the_seed(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry("seed", Long.toString(mock.faults().seed()));
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class FailingScenarioTestCase {
    @Test
    @ThrottledCopies
    void gives_up_after_one_throttle(WorkSpacesMock mock) {
      WorkSpacesClient noRetries =
          WorkSpacesClient.builder()
              .endpointOverride(mock.endpoint())
              .region(software.amazon.awssdk.regions.Region.US_EAST_1)
              .credentialsProvider(
                  software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                      software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                          OWNER, "secret")))
              .overrideConfiguration(o -> o.retryStrategy(s -> s.maxAttempts(1)))
              .build();
      try (noRetries) {
        noRetries.copyWorkspaceImage(
            r -> r.sourceImageId("wsi-mine000001").sourceRegion("us-east-1").name("copy"));
      } catch (WorkSpacesException e) {
        throw new AssertionError("the distribution gave up");
      }
    }
  }

  @WorkSpacesMockTest
  static class UnknownScenarioTestCase {
    @Test
    @WithScenario("no-such-scenario")
    void uses_it() {}
  }

  @WorkSpacesMockTest(defaultAccount = OWNER)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ResetClearsFaultsTestCase {
    @Test
    @Order(1)
    @WithScenario("lost-share-response")
    void one_with_a_scenario(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry(
          "rules", mock.faults().rules().stream().map(FaultRule::name).toList().toString());
    }

    @Test
    @Order(2)
    void one_adding_a_rule_itself(WorkSpacesMock mock, TestReporter reporter) {
      reporter.publishEntry(
          "rules", mock.faults().rules().stream().map(FaultRule::name).toList().toString());
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(dev.wsmock.Operation.DESCRIBE_WORKSPACE_IMAGES))
                  .then(Effect.throttling()));
    }

    @Test
    @Order(3)
    void the_next_one_is_not_throttled(
        WorkSpacesMock mock, WorkSpacesClient owner, TestReporter reporter) {
      reporter.publishEntry(
          "rules", mock.faults().rules().stream().map(FaultRule::name).toList().toString());
      owner.describeWorkspaceImages(r -> {});
      assertThat(mock.journal().all())
          .singleElement()
          .satisfies(c -> assertThat(c.faultFired()).isNull());
    }
  }
}
