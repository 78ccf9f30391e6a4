package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.RECIPIENT;
import static dev.wsmock.junit5.Kit.assertAllPassed;
import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import dev.wsmock.junit5.WorkSpacesMockTest.Strictness;
import dev.wsmock.junit5.assertj.WorkSpacesAssertions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/** What a failing test's report says about the WorkSpaces calls it made. */
class FailureReportTests {

  @Test
  void appends_the_timeline_of_the_failed_test_calls_to_its_failure() {
    List<Throwable> failures = failures(run(FailingTestCase.class));

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).isInstanceOf(ResourceNotFoundException.class);
    assertThat(failures.get(0).getSuppressed()).hasSize(1);
    assertThat(failures.get(0).getSuppressed()[0].getMessage())
        .isEqualTo(
            """
        WorkSpaces calls during this test (2):
          #1 2026-01-01T00:00:00Z 111111111111 us-east-1 UpdateWorkspaceImagePermission \
        {ImageId=wsi-golden0001, SharedAccountId=222222222222, AllowCopyImage=true} -> 200 (attempt 1)
          #2 2026-01-01T00:00:00Z 111111111111 us-east-1 UpdateWorkspaceImagePermission \
        {ImageId=wsi-missing0001, SharedAccountId=222222222222, AllowCopyImage=true} -> 400 ResourceNotFoundException \
        (attempt 1)""");
  }

  @Test
  void lists_a_call_the_failure_already_quotes_by_its_number_only() {
    List<Throwable> failures = failures(run(QuotingAssertionTestCase.class));

    assertThat(failures).singleElement().isInstanceOf(AssertionError.class);
    assertThat(failures.get(0).getSuppressed())
        .extracting(Throwable::getMessage)
        .containsExactly(
            """
        WorkSpaces calls during this test (3):
          #1, #2: quoted above
          #3 2026-01-01T00:00:00Z 111111111111 us-east-1 DescribeWorkspaceImages -> 200 (attempt 1)""");
  }

  @Test
  void says_so_when_the_failure_quotes_every_call() {
    List<Throwable> failures = failures(run(StrictTestCase.class));

    assertThat(failures.get(0).getSuppressed())
        .extracting(Throwable::getMessage)
        .containsExactly("WorkSpaces calls during this test (1): all quoted above");
  }

  @Test
  void shows_times_to_the_millisecond() {
    List<Throwable> failures = failures(run(NanosecondClockTestCase.class));

    assertThat(failures.get(0).getSuppressed())
        .extracting(Throwable::getMessage)
        .containsExactly(
            """
        WorkSpaces calls during this test (1):
          #1 2026-01-01T00:00:00.123Z 123456789012 us-east-1 DescribeWorkspaceImages -> 200 (attempt 1)""");
  }

  @Test
  void says_so_when_a_failed_test_made_no_calls() {
    List<Throwable> failures = failures(run(FailingWithoutCallsTestCase.class));

    assertThat(failures.get(0).getSuppressed())
        .extracting(Throwable::getMessage)
        .containsExactly("WorkSpaces calls during this test: none");
  }

  @Test
  void leaves_passing_and_aborted_tests_alone() {
    assertThat(failures(run(AbortedTestCase.class))).isEmpty();
  }

  @Test
  void strict_mode_fails_a_test_that_called_an_operation_the_mock_does_not_model() {
    List<Throwable> failures = failures(run(StrictTestCase.class));

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).getMessage())
        .isEqualTo(
            """
        Strict mode: the WorkSpaces mock received 1 call to operations it does not model:
          #1 2026-01-01T00:00:00Z - - DescribeWorkspaces -> 400 OperationNotSupportedException (attempt 1)
        Fix the code under test, or use @WorkSpacesMockTest(strictness = LENIENT) if these calls are expected.""");
  }

  @Test
  void lenient_mode_lets_such_calls_pass() {
    assertAllPassed(run(LenientTestCase.class), 1);
  }

  // ---- fixtures ----

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class FailingTestCase {
    @Test
    void fails(Given given, WorkSpacesClient owner) {
      given.image("wsi-golden0001");
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-missing0001").sharedAccountId(RECIPIENT).allowCopyImage(true));
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class QuotingAssertionTestCase {
    @Test
    void fails(Given given, WorkSpacesClient owner, CallJournal journal) {
      given.image("wsi-golden0001");
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(false));
      owner.describeWorkspaceImages(r -> {});
      WorkSpacesAssertions.assertThat(journal)
          .hasCallCount(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION, 1);
    }
  }

  @WorkSpacesMockTest(clock = ClockMode.MANUAL, manualClockStart = "2026-01-01T00:00:00.123456789Z")
  static class NanosecondClockTestCase {
    @Test
    void fails(WorkSpacesClient client) {
      client.describeWorkspaceImages(r -> {});
      throw new IllegalStateException("after one call");
    }
  }

  @WorkSpacesMockTest
  static class FailingWithoutCallsTestCase {
    @Test
    void fails() {
      throw new IllegalStateException("no calls made");
    }
  }

  @WorkSpacesMockTest
  static class AbortedTestCase {
    @Test
    void aborts() {
      Assumptions.abort("not today");
    }
  }

  @WorkSpacesMockTest(clock = ClockMode.MANUAL)
  static class StrictTestCase {
    @Test
    void calls_an_unmodelled_operation(WorkSpacesClient client) {
      assertThatThrownBy(() -> client.describeWorkspaces(r -> {}))
          .isInstanceOf(OperationNotSupportedException.class);
    }
  }

  @WorkSpacesMockTest(strictness = Strictness.LENIENT)
  static class LenientTestCase {
    @Test
    void calls_an_unmodelled_operation(WorkSpacesClient client) {
      assertThatThrownBy(() -> client.describeWorkspaces(r -> {}))
          .isInstanceOf(OperationNotSupportedException.class);
    }
  }
}
