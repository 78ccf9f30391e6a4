package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.RECIPIENT;
import static dev.wsmock.junit5.Kit.assertAllPassed;
import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.reported;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.ManualClock;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** {@code @ExtendWith(WorkSpacesMockExtension.class)}, the form most JUnit suites are written in. */
class ExtendWithTests {

  @Test
  void alone_it_serves_the_class_with_one_mock_and_every_default() {
    EngineExecutionResults results = run(DefaultsTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "mock")).hasSize(2).containsOnly(reported(results, "mock").get(0));
  }

  @Test
  void it_reads_the_options_of_the_class_annotation_and_registers_once_beside_it() {
    assertAllPassed(run(WithAnnotationTestCase.class), 1);
  }

  @Test
  void it_reads_the_options_of_a_composed_annotation() {
    assertAllPassed(run(WithComposedAnnotationTestCase.class), 1);
  }

  @Test
  void nested_classes_use_the_enclosing_class_mock() {
    EngineExecutionResults results = run(NestedTestCase.class);

    assertAllPassed(results, 2);
    assertThat(reported(results, "mock")).hasSize(2).containsOnly(reported(results, "mock").get(0));
  }

  @Test
  void strict_mode_is_on_by_default() {
    List<Throwable> failures = failures(run(StrictByDefaultTestCase.class));

    assertThat(failures)
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .startsWith("Strict mode: this test's WorkSpaces calls broke 1 consumer check:");
  }

  // ---- fixtures: run only through the engine (surefire excludes *TestCase*) ----

  @ExtendWith(WorkSpacesMockExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class DefaultsTestCase {
    @Test
    @Order(1)
    void calls_as_the_default_account_in_the_default_region(
        WorkSpacesMock mock,
        Given given,
        WorkSpacesClient client,
        CallJournal journal,
        TestReporter reporter) {
      Kit.publishMockIdentity(reporter, mock);
      given.image("wsi-golden0001");

      assertThat(client.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      RecordedCall call = journal.last().orElseThrow();
      assertThat(call.accountId()).isEqualTo(WorkSpacesMock.DEFAULT_ACCOUNT_ID);
      assertThat(call.region()).isEqualTo("us-east-1");
    }

    @Test
    @Order(2)
    void the_next_test_starts_from_the_seed(
        WorkSpacesMock mock, CallJournal journal, TestReporter reporter) {
      Kit.publishMockIdentity(reporter, mock);
      assertThat(mock.images("us-east-1")).isEmpty();
      assertThat(journal.all()).isEmpty();
    }
  }

  @ExtendWith(WorkSpacesMockExtension.class)
  @WorkSpacesMockTest(
      defaultAccount = OWNER,
      clock = ClockMode.MANUAL,
      manualClockStart = "2030-06-01T00:00:00Z")
  static class WithAnnotationTestCase {
    @Test
    void uses_the_annotation_options(
        ManualClock clock, WorkSpacesClient owner, CallJournal journal) {
      owner.describeWorkspaceImages(r -> {});

      RecordedCall call = journal.last().orElseThrow();
      assertThat(call.accountId()).isEqualTo(OWNER);
      assertThat(call.time())
          .isEqualTo(Instant.parse("2030-06-01T00:00:00Z"))
          .isEqualTo(clock.instant());
    }
  }

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @WorkSpacesMockTest(defaultAccount = RECIPIENT, region = "eu-west-1")
  @interface RecipientInIreland {}

  @ExtendWith(WorkSpacesMockExtension.class)
  @RecipientInIreland
  static class WithComposedAnnotationTestCase {
    @Test
    void uses_the_composed_annotation_options(WorkSpacesClient client, CallJournal journal) {
      client.describeWorkspaceImages(r -> {});

      RecordedCall call = journal.last().orElseThrow();
      assertThat(call.accountId()).isEqualTo(RECIPIENT);
      assertThat(call.region()).isEqualTo("eu-west-1");
    }
  }

  @ExtendWith(WorkSpacesMockExtension.class)
  static class NestedTestCase {
    @Test
    void outer(WorkSpacesMock mock, TestReporter reporter) {
      Kit.publishMockIdentity(reporter, mock);
    }

    @Nested
    class Inner {
      @Test
      void inner(WorkSpacesMock mock, TestReporter reporter) {
        Kit.publishMockIdentity(reporter, mock);
      }
    }
  }

  @ExtendWith(WorkSpacesMockExtension.class)
  static class StrictByDefaultTestCase {
    @Test
    void reads_one_page(Given given, WorkSpacesClient client) {
      given.image("wsi-golden0001").image("wsi-golden0002");
      client.describeWorkspaceImages(r -> r.maxResults(1));
    }
  }
}
