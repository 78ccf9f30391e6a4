package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.assertAllPassed;
import static dev.wsmock.junit5.Kit.reported;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Concurrent tests must not see each other's state. Under {@code Isolation.AUTO} a test that runs concurrently gets
 * a mock of its own; the fixture's eight tests wait at a barrier until all eight run at once, then mutate the same
 * image id.
 */
class ParallelIsolationTests {
  static final Map<String, String> PARALLEL =
      Map.of(
          "junit.jupiter.execution.parallel.enabled", "true",
          "junit.jupiter.execution.parallel.mode.default", "concurrent",
          "junit.jupiter.execution.parallel.config.strategy", "fixed",
          "junit.jupiter.execution.parallel.config.fixed.parallelism", "10");

  @Test
  void concurrent_tests_mutating_the_same_image_ids_each_get_their_own_mock() {
    EngineExecutionResults results = run(OwnMockPerConcurrentTestTestCase.class, PARALLEL);

    assertAllPassed(results, 8);
    assertThat(reported(results, "port")).hasSize(8).doesNotHaveDuplicates();
  }

  @Test
  void the_same_tests_on_one_shared_mock_see_each_other_and_fail() {
    EngineExecutionResults results = run(SharedMockTestCase.class, PARALLEL);

    results.testEvents().assertStatistics(s -> s.started(8));
    assertThat(Kit.failures(results))
        .isNotEmpty()
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isNotInstanceOfAny(TimeoutException.class, BrokenBarrierException.class));
  }

  @Test
  void without_parallel_execution_the_class_shares_one_mock() {
    EngineExecutionResults results = run(SequentialTestCase.class, Map.of());

    assertAllPassed(results, 8);
    assertThat(reported(results, "port")).hasSize(8).containsOnly(reported(results, "port").get(0));
  }

  /** Eight tests that change one image; each passes only if nobody else touched its mock. */
  abstract static class ConcurrentMutations {
    static final String IMAGE = "wsi-contested01";

    private final CyclicBarrier allRunning;

    ConcurrentMutations(CyclicBarrier allRunning) {
      this.allRunning = allRunning;
    }

    void mutate(
        TestInfo info,
        Given given,
        WorkSpacesClient owner,
        WorkSpacesMock mock,
        CallJournal journal,
        TestReporter reporter)
        throws Exception {
      String recipient = "2000000000" + info.getTestMethod().orElseThrow().getName().substring(1);
      allRunning.await(60, TimeUnit.SECONDS);
      reporter.publishEntry("port", String.valueOf(mock.port()));
      given.image(IMAGE, i -> i.ownedBy(OWNER));

      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(recipient).allowCopyImage(true));
      owner.createTags(r -> r.resourceId(IMAGE).tags(t -> t.key("test").value(recipient)));

      assertThat(mock.image("us-east-1", IMAGE).orElseThrow().sharedAccountIds())
          .containsExactly(recipient);
      assertThat(journal.all()).hasSize(2);
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(recipient).allowCopyImage(false));
      owner.deleteWorkspaceImage(r -> r.imageId(IMAGE));
      assertThat(mock.images("us-east-1")).isEmpty();
    }

    @Test
    void t01(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }

    @Test
    void t02(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }

    @Test
    void t03(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }

    @Test
    void t04(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }

    @Test
    void t05(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }

    @Test
    void t06(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }

    @Test
    void t07(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }

    @Test
    void t08(
        TestInfo i, Given g, WorkSpacesClient c, WorkSpacesMock m, CallJournal j, TestReporter r)
        throws Exception {
      mutate(i, g, c, m, j, r);
    }
  }

  /** All eight must run at once to get past the barrier. */
  @WorkSpacesMockTest(defaultAccount = OWNER)
  @TestInstance(Lifecycle.PER_CLASS) // one instance, so one barrier, for the eight
  @Execution(ExecutionMode.CONCURRENT) // PER_CLASS alone would keep the methods on one thread
  static class OwnMockPerConcurrentTestTestCase extends ConcurrentMutations {
    OwnMockPerConcurrentTestTestCase() {
      super(new CyclicBarrier(8));
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER)
  static class SequentialTestCase extends ConcurrentMutations {
    SequentialTestCase() {
      super(new CyclicBarrier(1));
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, isolation = Isolation.PER_CLASS)
  @TestInstance(Lifecycle.PER_CLASS) // one instance, so one barrier, for the eight
  @Execution(ExecutionMode.CONCURRENT) // PER_CLASS alone would keep the methods on one thread
  static class SharedMockTestCase extends ConcurrentMutations {
    SharedMockTestCase() {
      super(new CyclicBarrier(8));
    }
  }
}
