package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** Each effect through the real SDK v2 client: what the client sees and what the journal shows. */
class FaultsTests {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";
  static final String IMAGE = "wsi-golden0001";
  static final Seed SEED =
      Seed.builder().image(IMAGE, OWNER, "us-east-1", i -> i.name("golden")).build();

  @Test
  void a_throttled_describe_is_retried_by_the_sdk_four_times_then_fails_with_ThrottlingException() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGES))
                  .then(Effect.throttling())
                  .named("throttle-describe"));

      assertThatThrownBy(() -> owner.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                assertThat(e.isThrottlingException()).isTrue();
              });
      List<RecordedCall> calls = mock.journal().calls(Operation.DESCRIBE_WORKSPACE_IMAGES);
      assertThat(calls).extracting(RecordedCall::sdkAttempt).containsExactly(1, 2, 3, 4);
      assertThat(calls)
          .extracting(RecordedCall::sdkInvocationId)
          .containsOnly(calls.get(0).sdkInvocationId());
      assertThat(calls)
          .extracting(c -> c.faultFired().describe())
          .containsOnly("throttle-describe: 400 ThrottlingException");
    }
  }

  @Test
  void failing_attempts_one_and_two_of_each_invocation_lets_the_third_attempt_through() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION),
                      new Trigger.AttemptsUpTo(2))
                  .then(Effect.throttling()));

      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId("333333333333").allowCopyImage(true));

      List<RecordedCall> calls = mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION);
      assertThat(calls).extracting(RecordedCall::sdkAttempt).containsExactly(1, 2, 3, 1, 2, 3);
      assertThat(calls)
          .extracting(RecordedCall::errorCode)
          .containsExactly(
              "ThrottlingException",
              "ThrottlingException",
              null,
              "ThrottlingException",
              "ThrottlingException",
              null);
      assertThat(mock.image("us-east-1", IMAGE).orElseThrow().sharedAccountIds())
          .containsExactly(RECIPIENT, "333333333333");
    }
  }

  @Test
  void the_second_share_is_throttled_and_the_sdk_retries_it_twice() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      // NthCall counts every call the rule selects, retries included: calls 2 and 3 are the first
      // two attempts of
      // the second invocation, because the first one succeeds at once.
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION),
                      new Trigger.NthCall(2))
                  .then(Effect.throttling())
                  .named("second-share"),
              FaultRule.when(
                      new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION),
                      new Trigger.NthCall(3))
                  .then(Effect.throttling())
                  .named("second-share-retry"));

      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId("333333333333").allowCopyImage(true));

      List<RecordedCall> second =
          mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).stream()
              .filter(c -> "333333333333".equals(c.requestMember("SharedAccountId")))
              .toList();
      assertThat(second).extracting(RecordedCall::sdkAttempt).containsExactly(1, 2, 3);
      assertThat(second)
          .extracting(c -> c.faultFired() == null ? null : c.faultFired().describe())
          .containsExactly(
              "second-share: 400 ThrottlingException",
              "second-share-retry: 400 ThrottlingException",
              null);
    }
  }

  @Test
  void an_internal_failure_once_is_retried_to_success() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults().add(FaultRule.always().then(Effect.internalFailure()).times(1));

      assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);

      assertThat(mock.journal().all()).extracting(RecordedCall::status).containsExactly(500, 200);
      assertThat(mock.journal().all().get(0).errorCode()).isEqualTo("InternalFailure");
    }
  }

  @Test
  void service_unavailable_on_every_attempt_surfaces_as_503_after_four_attempts() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.AccountIs(OWNER), new Trigger.RegionIs("us-east-1"))
                  .then(Effect.serviceUnavailable()));

      assertThatThrownBy(() -> owner.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(503);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
              });
      assertThat(mock.journal().all())
          .extracting(RecordedCall::sdkAttempt)
          .containsExactly(1, 2, 3, 4);
    }
  }

  @Test
  void a_modelled_error_can_be_injected_for_one_image_only() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.ImageIdIs(IMAGE))
                  .then(
                      new Effect.Error(
                          400, "ResourceUnavailableException", "The image is being updated.")));

      assertThatThrownBy(() -> owner.describeWorkspaceImagePermissions(r -> r.imageId(IMAGE)))
          .isInstanceOf(
              software.amazon.awssdk.services.workspaces.model.ResourceUnavailableException.class)
          .hasMessageContaining("The image is being updated.");
      assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      assertThat(mock.journal().all()).hasSize(2); // a modelled 400 is not retried
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Effect.TransportFault.class,
      names = "MALFORMED_RESPONSE_CHUNK",
      mode = EnumSource.Mode.EXCLUDE)
  void a_transport_fault_once_is_retried_to_success_without_changing_anything(
      Effect.TransportFault fault) {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION),
                      new Trigger.AttemptsUpTo(1))
                  .then(new Effect.Transport(fault)));

      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));

      List<RecordedCall> calls = mock.journal().all();
      assertThat(calls).extracting(RecordedCall::sdkAttempt).containsExactly(1, 2);
      assertThat(calls.get(0).errorCode()).isEqualTo(fault.name());
      assertThat(calls.get(0).faultFired().describe()).isEqualTo("rule-1: " + fault.name());
      assertThat(calls.get(1).succeeded()).isTrue();
      assertThat(mock.image("us-east-1", IMAGE).orElseThrow().sharedAccountIds())
          .containsExactly(RECIPIENT);
    }
  }

  @Test
  void
      a_malformed_chunk_after_a_200_status_line_looks_like_success_to_the_sdk_though_nothing_was_shared() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
                  .then(new Effect.Transport(Effect.TransportFault.MALFORMED_RESPONSE_CHUNK)));

      // The operation's output is empty, so the SDK never reads the broken body: the client
      // believes it shared.
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));

      assertThat(mock.journal().all())
          .singleElement()
          .satisfies(c -> assertThat(c.errorCode()).isEqualTo("MALFORMED_RESPONSE_CHUNK"));
      assertThat(mock.image("us-east-1", IMAGE).orElseThrow().sharedAccountIds()).isEmpty();
    }
  }

  @Test
  void a_connection_reset_on_every_attempt_surfaces_as_SdkClientException() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.always()
                  .then(new Effect.Transport(Effect.TransportFault.CONNECTION_RESET_BY_PEER)));

      assertThatThrownBy(() -> owner.describeWorkspaceImages(r -> {}))
          .isInstanceOf(SdkClientException.class);
      assertThat(mock.journal().all())
          .extracting(RecordedCall::sdkAttempt)
          .containsExactly(1, 2, 3, 4);
    }
  }

  @ParameterizedTest
  @EnumSource(Effect.Corruption.class)
  void a_corrupt_body_fails_to_unmarshal_in_the_sdk(Effect.Corruption corruption) {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGES))
                  .then(new Effect.CorruptBody(corruption)));

      assertThatThrownBy(() -> owner.describeWorkspaceImages(r -> {}))
          .isInstanceOf(SdkClientException.class);
      assertThat(mock.journal().all())
          .isNotEmpty()
          .allSatisfy(
              c ->
                  assertThat(c.faultFired().describe())
                      .isEqualTo("rule-1: " + corruption.name() + " body"));
    }
  }

  @Test
  void latency_delays_the_answer_but_the_call_succeeds_and_the_journal_names_the_drawn_delay() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(SEED).faultSeed(7).start();
        WorkSpacesClient owner = FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.FirstN(1))
                  .then(new Effect.Latency(new Effect.Delay.Fixed(Duration.ofMillis(120)))),
              FaultRule.when(new Trigger.FirstN(2))
                  .then(
                      new Effect.Latency(
                          new Effect.Delay.Uniform(Duration.ofMillis(10), Duration.ofMillis(50)))));

      long started = System.nanoTime();
      owner.describeWorkspaceImages(r -> {});
      Duration firstCall = Duration.ofNanos(System.nanoTime() - started);
      owner.describeWorkspaceImages(r -> {});

      // A lower bound only: a loaded machine makes the call slower, never faster than the delay on
      // the wire.
      assertThat(firstCall).isGreaterThanOrEqualTo(Duration.ofMillis(120));
      List<RecordedCall> calls = mock.journal().all();
      assertThat(calls).allSatisfy(c -> assertThat(c.succeeded()).isTrue());
      assertThat(calls.get(0).faultFired().describe()).isEqualTo("rule-1: latency 120 ms");
      assertThat(calls.get(1).faultFired().describe())
          .matches("rule-2: latency (1\\d|[2-4]\\d|50) ms");
    }
  }

  /** Retries without backoff, so tests of retried faults are quick; still 4 attempts like the default. */
  static final class FastRetries {
    private FastRetries() {}

    static WorkSpacesClient forAccount(WorkSpacesMock mock, String accountId) {
      return SdkClients.forAccount(
          mock,
          accountId,
          software.amazon.awssdk.retries.StandardRetryStrategy.builder()
              .maxAttempts(4)
              .backoffStrategy(
                  software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())
              .throttlingBackoffStrategy(
                  software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())
              .circuitBreakerEnabled(false)
              .build());
    }
  }
}
