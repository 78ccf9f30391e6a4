package dev.wsmock.scenarios.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.FiredFault;
import dev.wsmock.fault.Trigger;
import dev.wsmock.scenarios.cassettes.Clients;
import dev.wsmock.scenarios.checks.ConsumerChecks.Check;
import dev.wsmock.scenarios.checks.ConsumerChecks.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CopyWorkspaceImageRequest;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

class ConsumerChecksTests {
  private static final String OWNER = "111111111111";
  private static final String STRANGER = "333333333333";

  private static Seed thirtyImages() {
    Seed.Builder seed = Seed.builder();
    for (int i = 0; i < 30; i++) {
      seed.image(String.format("wsi-golden%04d", i), OWNER, "us-east-1");
    }
    return seed.build();
  }

  @Test
  void a_client_that_reads_only_the_first_page_of_images_is_flagged() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(thirtyImages()).start();
        WorkSpacesClient client = Clients.forAccount(mock, OWNER)) {
      assertThat(client.describeWorkspaceImages(r -> {}).images()).hasSize(25);

      List<ContractViolation> found = ConsumerChecks.analyse(mock.journal());

      assertThat(found)
          .singleElement()
          .isInstanceOfSatisfying(
              ContractViolation.IncompletePagination.class,
              v -> {
                assertThat(v.severity()).isEqualTo(Severity.ERROR);
                assertThat(v.lastPage().responseNextToken()).isNotBlank();
              });
      assertThat(found.get(0).describe())
          .contains(
              "[ERROR] DescribeWorkspaceImages listing stopped although the answer's NextToken said"
                  + " more remained")
          .contains("111111111111 us-east-1 DescribeWorkspaceImages -> 200 (attempt 1)");
    }
  }

  @Test
  void a_client_that_follows_every_next_token_is_not_flagged() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(thirtyImages()).start();
        WorkSpacesClient client = Clients.forAccount(mock, OWNER)) {
      int seen = 0;
      String token = null;
      do {
        String next = token;
        var page = client.describeWorkspaceImages(r -> r.nextToken(next));
        seen += page.images().size();
        token = page.nextToken();
      } while (token != null);
      assertThat(seen).isEqualTo(30);

      assertThat(ConsumerChecks.analyse(mock.journal())).isEmpty();
    }
  }

  @Test
  void a_request_that_breaks_a_constraint_is_flagged_with_the_service_message() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start();
        WorkSpacesClient client = Clients.forAccount(mock, OWNER)) {
      assertThatThrownBy(() -> client.describeWorkspaceImages(r -> r.maxResults(26)))
          .isInstanceOf(WorkSpacesException.class);

      assertThat(ConsumerChecks.analyse(mock.journal()))
          .singleElement()
          .isInstanceOf(ContractViolation.RequestRejected.class)
          .extracting(ContractViolation::message)
          .asString()
          .contains(
              "DescribeWorkspaceImages request broke the API's constraints (ValidationException: 1 validation"
                  + " error detected: Value '26' at 'maxResults'");
    }
  }

  @Test
  void a_call_on_an_image_the_caller_cannot_see_is_a_warning_that_can_be_made_an_error() {
    Seed seed = Seed.builder().image("wsi-golden0001", OWNER, "us-east-1").build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
        WorkSpacesClient stranger = Clients.forAccount(mock, STRANGER)) {
      assertThatThrownBy(
              () -> stranger.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")))
          .isInstanceOf(ResourceNotFoundException.class);

      assertThat(ConsumerChecks.analyse(mock.journal()))
          .singleElement()
          .isInstanceOfSatisfying(
              ContractViolation.InvisibleImage.class,
              v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.imageIds()).containsExactly("wsi-golden0001");
              });
      ConsumerChecks strict =
          ConsumerChecks.defaults().with(Check.INVISIBLE_IMAGES, Severity.ERROR);
      assertThat(strict.check(mock.journal()))
          .singleElement()
          .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR))
          .extracting(ContractViolation::describe)
          .asString()
          .contains(
              "DescribeWorkspaceImagePermissions by account 333333333333 named image(s)"
                  + " [wsi-golden0001] it cannot see in us-east-1");
    }
  }

  @Test
  void a_throttling_rule_whose_name_says_lost_is_no_committed_attempt_and_gives_no_warning() {
    // The model refuses the retry (the copy's name is taken), but the throttled first attempt never
    // ran:
    // nothing took effect, whatever the rule is called.
    Seed seed =
        Seed.builder()
            .image("wsi-golden0001", OWNER, "us-east-1")
            .image("wsi-taken00001", OWNER, "us-east-1", i -> i.name("golden-copy"))
            .build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
        WorkSpacesClient owner = Clients.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.COPY_WORKSPACE_IMAGE),
                      new Trigger.AttemptsUpTo(1))
                  .then(Effect.throttling())
                  .named("lost-wifi-throttle"));

      assertThatThrownBy(() -> owner.copyWorkspaceImage(copy("golden-copy")))
          .isInstanceOf(ResourceAlreadyExistsException.class);

      List<RecordedCall> copies = mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE);
      assertThat(copies).extracting(RecordedCall::sdkAttempt).containsExactly(1, 2);
      assertThat(copies.get(0).faultFired().ruleName()).isEqualTo("lost-wifi-throttle");
      assertThat(copies.get(0).faultFired().committed()).isFalse();
      assertThat(ConsumerChecks.analyse(mock.journal())).isEmpty();
    }
  }

  @Test
  void a_lost_response_rule_that_let_the_copy_commit_makes_the_refused_retry_a_warning() {
    Seed seed = Seed.builder().image("wsi-golden0001", OWNER, "us-east-1").build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
        WorkSpacesClient owner = Clients.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.COPY_WORKSPACE_IMAGE),
                      new Trigger.AttemptsUpTo(1))
                  .then(new Effect.LostResponse(Effect.internalFailure()))
                  .named("wifi-drop"));

      assertThatThrownBy(() -> owner.copyWorkspaceImage(copy("golden-copy")))
          .isInstanceOf(ResourceAlreadyExistsException.class);

      List<RecordedCall> copies = mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE);
      assertThat(copies.get(0).faultFired().committed()).isTrue();
      assertThat(ConsumerChecks.analyse(mock.journal()))
          .singleElement()
          .isInstanceOfSatisfying(
              ContractViolation.UnsafeRetry.class,
              v -> {
                assertThat(v.committed()).isEqualTo(copies.get(0));
                assertThat(v.retry()).isEqualTo(copies.get(1));
              });
    }
  }

  private static java.util.function.Consumer<CopyWorkspaceImageRequest.Builder> copy(String name) {
    return r -> r.sourceImageId("wsi-golden0001").sourceRegion("us-east-1").name(name);
  }

  @Test
  void
      a_refused_retry_of_a_committed_copy_is_flagged_but_a_harmless_repeat_and_a_retried_describe_are_not() {
    FiredFault lostCopy = FiredFault.of("lost-copy", LOST, Duration.ZERO, true);
    FiredFault lostGrant = FiredFault.of("lost-grant", LOST, Duration.ZERO, true);
    FiredFault failedList =
        FiredFault.of("failing-list", Effect.internalFailure(), Duration.ZERO, false);
    List<RecordedCall> calls =
        List.of(
            call(1, "CopyWorkspaceImage", 500, "InternalFailure", lostCopy, 1, "inv-copy"),
            call(
                2,
                "CopyWorkspaceImage",
                400,
                "ResourceAlreadyExistsException",
                null,
                2,
                "inv-copy"),
            call(
                3,
                "UpdateWorkspaceImagePermission",
                500,
                "InternalFailure",
                lostGrant,
                1,
                "inv-grant"),
            call(4, "UpdateWorkspaceImagePermission", 200, null, null, 2, "inv-grant"),
            call(5, "DescribeWorkspaceImages", 500, "InternalFailure", failedList, 1, "inv-list"),
            call(6, "DescribeWorkspaceImages", 200, null, null, 2, "inv-list"));

    assertThat(ConsumerChecks.defaults().check(calls))
        .singleElement()
        .isInstanceOfSatisfying(
            ContractViolation.UnsafeRetry.class,
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.committed().sequence()).isEqualTo(1);
              assertThat(v.retry().sequence()).isEqualTo(2);
              assertThat(v.message())
                  .startsWith(
                      "CopyWorkspaceImage took effect on attempt 1 of invocation inv-copy"
                          + " (its response was lost), then the SDK's attempt 2 was refused with ResourceAlreadyExistsException:"
                          + " the client was told the call failed although it had succeeded");
            });
  }

  @Test
  void a_retry_after_a_rejected_attempt_is_not_flagged() {
    FiredFault throttled =
        FiredFault.of("throttle first call", Effect.throttling(), Duration.ZERO, false);
    List<RecordedCall> calls =
        List.of(
            call(1, "CopyWorkspaceImage", 400, "ThrottlingException", throttled, 1, "inv-copy"),
            call(
                2,
                "CopyWorkspaceImage",
                400,
                "ResourceAlreadyExistsException",
                null,
                2,
                "inv-copy"));

    assertThat(ConsumerChecks.defaults().check(calls)).isEmpty();
  }

  @Test
  void a_mock_answer_that_broke_the_contract_is_reported_as_a_mock_bug() {
    List<RecordedCall> calls =
        List.of(
            RecordedCall.builder()
                .sequence(1)
                .time(Instant.EPOCH)
                .operationName("DescribeTags")
                .accountId(OWNER)
                .region("us-east-1")
                .status(500)
                .errorCode("InternalFailure")
                .errorMessage("self-check")
                .requestId("req-1")
                .sdkAttempt(1)
                .sdkInvocationId("inv-1")
                .latency(Duration.ZERO)
                .contractViolations(
                    List.of(
                        "tagList.1.member.key: Value null failed to satisfy constraint: Member must not be null"))
                .build());

    assertThat(ConsumerChecks.defaults().check(calls))
        .singleElement()
        .extracting(ContractViolation::message)
        .asString()
        .startsWith(
            "wsmock's answer to DescribeTags broke the service contract (a wsmock bug; please report it):"
                + " tagList.1.member.key");
    assertThat(ConsumerChecks.defaults().with(Check.MOCK_RESPONSES, Severity.OFF).check(calls))
        .isEmpty();
  }

  private static final Effect LOST = new Effect.LostResponse(Effect.internalFailure());

  private static RecordedCall call(
      long sequence,
      String operation,
      int status,
      String errorCode,
      FiredFault fault,
      int attempt,
      String invocation) {
    return RecordedCall.builder()
        .sequence(sequence)
        .time(Instant.EPOCH)
        .operationName(operation)
        .accountId(OWNER)
        .region("us-east-1")
        .request(Map.of("SourceImageId", "wsi-golden0001"))
        .status(status)
        .errorCode(errorCode)
        .errorMessage(errorCode)
        .requestId("req-" + sequence)
        .faultFired(fault)
        .sdkAttempt(attempt)
        .sdkInvocationId(invocation)
        .latency(Duration.ZERO)
        .build();
  }
}
