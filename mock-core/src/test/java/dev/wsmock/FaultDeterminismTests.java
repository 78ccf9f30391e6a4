package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** The same seed and the same calls give the same faults; another seed gives others. */
class FaultDeterminismTests {
  static final int CALLS = 40;

  @Test
  void two_runs_with_the_same_seed_fault_the_same_calls_and_another_seed_faults_others() {
    List<Long> first = faultedCalls(42L);
    List<Long> second = faultedCalls(42L);
    List<Long> other = faultedCalls(43L);

    assertThat(first).isNotEmpty().hasSizeLessThan(CALLS);
    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void the_seed_in_use_is_readable_and_reseeding_replays_the_same_faults() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(FaultsTests.SEED).start();
        WorkSpacesClient owner = NoRetries.forAccount(mock, FaultsTests.OWNER)) {
      long seed = mock.faults().seed();
      mock.faults().add(FaultRule.when(new Trigger.Probability(0.5)).then(Effect.throttling()));
      List<Long> before = describeAndCollect(mock, owner);

      mock.reset();
      mock.faults().reseed(seed);
      mock.faults().add(FaultRule.when(new Trigger.Probability(0.5)).then(Effect.throttling()));
      assertThat(describeAndCollect(mock, owner)).isEqualTo(before);
    }
  }

  @Test
  void concurrent_calls_get_the_same_number_of_faults_per_seed_whatever_the_interleaving()
      throws Exception {
    // Which thread gets the n-th decision varies; the decisions themselves (the n-th matching call
    // faults or not)
    // do not, so the count of faults is the same in every run with the seed.
    assertThat(concurrentFaultCount(7L))
        .isEqualTo(concurrentFaultCount(7L))
        .isEqualTo(faultedCalls(7L).size());
  }

  private static List<Long> faultedCalls(long seed) {
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder().seed(FaultsTests.SEED).faultSeed(seed).start();
        WorkSpacesClient owner = NoRetries.forAccount(mock, FaultsTests.OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGES),
                      new Trigger.Probability(0.3))
                  .then(Effect.throttling()));
      return describeAndCollect(mock, owner);
    }
  }

  private static List<Long> describeAndCollect(WorkSpacesMock mock, WorkSpacesClient client) {
    for (int i = 0; i < CALLS; i++) {
      try {
        client.describeWorkspaceImages(r -> {});
      } catch (SdkException expected) {
        // a fault fired; the journal says which call
      }
    }
    List<RecordedCall> calls = mock.journal().all();
    return java.util.stream.LongStream.range(0, calls.size())
        .filter(i -> calls.get((int) i).faultFired() != null)
        .boxed()
        .toList();
  }

  private static int concurrentFaultCount(long seed) throws Exception {
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder().seed(FaultsTests.SEED).faultSeed(seed).start();
        WorkSpacesClient owner = NoRetries.forAccount(mock, FaultsTests.OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGES),
                      new Trigger.Probability(0.3))
                  .then(Effect.throttling()));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
          futures.add(
              pool.submit(
                  () -> {
                    try {
                      owner.describeWorkspaceImages(r -> {});
                    } catch (SdkException expected) {
                      // counted from the journal
                    }
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      return mock.journal().matching(c -> c.faultFired() != null).size();
    }
  }

  /** One attempt per call, so each call is one decision. */
  static final class NoRetries {
    private NoRetries() {}

    static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId) {
      return SdkClients.forAccount(
          mock, accountId, software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry());
    }
  }
}
