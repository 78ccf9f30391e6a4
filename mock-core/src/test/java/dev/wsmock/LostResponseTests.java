package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;

/** The operation commits and the answer is lost: what naive retrying clients then do to the state. */
class LostResponseTests {
  static final String OWNER = FaultsTests.OWNER;
  static final String RECIPIENT = FaultsTests.RECIPIENT;
  static final String IMAGE = FaultsTests.IMAGE;

  @Test
  void
      a_share_whose_answer_is_lost_as_500_is_retried_by_the_sdk_and_the_image_is_shared_exactly_once() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(FaultsTests.SEED).start();
        WorkSpacesClient owner = FaultsTests.FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION),
                      new Trigger.NthCall(1))
                  .then(new Effect.LostResponse(Effect.internalFailure()))
                  .named("lost-share"));

      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));

      List<RecordedCall> calls = mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION);
      assertThat(calls).extracting(RecordedCall::status).containsExactly(500, 200);
      assertThat(calls)
          .extracting(c -> c.faultFired() == null ? null : c.faultFired().describe())
          .containsExactly("lost-share: lost response, then 500 InternalFailure", null);
      assertThat(calls.get(0).faultFired().committed()).isTrue();
      assertThat(owner.describeWorkspaceImagePermissions(r -> r.imageId(IMAGE)).imagePermissions())
          .extracting(p -> p.sharedAccountId())
          .containsExactly(RECIPIENT);
    }
  }

  @Test
  void a_share_whose_connection_resets_after_commit_is_already_visible_to_the_recipient() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(FaultsTests.SEED).start();
        WorkSpacesClient owner = FaultsTests.FastRetries.forAccount(mock, OWNER);
        WorkSpacesClient recipient = FaultsTests.FastRetries.forAccount(mock, RECIPIENT)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
                  .then(
                      new Effect.LostResponse(
                          new Effect.Transport(Effect.TransportFault.CONNECTION_RESET_BY_PEER))));

      assertThatThrownBy(
              () ->
                  owner.updateWorkspaceImagePermission(
                      r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true)))
          .isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);

      // Four attempts, every one committed (a grant twice is a no-op), every answer lost: the
      // client gave up on
      // a share that happened.
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)).hasSize(4);
      assertThat(recipient.describeWorkspaceImages(r -> {}).images())
          .extracting(i -> i.imageId())
          .containsExactly(IMAGE);
      assertThat(mock.image("us-east-1", IMAGE).orElseThrow().sharedAccountIds())
          .containsExactly(RECIPIENT);
    }
  }

  @Test
  void
      a_copy_whose_answer_is_lost_is_retried_into_ResourceAlreadyExists_while_the_first_copy_exists() {
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder().seed(FaultsTests.SEED).imageReadyAfter(Duration.ZERO).start();
        WorkSpacesClient owner = FaultsTests.FastRetries.forAccount(mock, OWNER)) {
      mock.faults()
          .add(
              FaultRule.when(
                      new Trigger.OperationIs(Operation.COPY_WORKSPACE_IMAGE),
                      new Trigger.NthCall(1))
                  .then(new Effect.LostResponse(Effect.internalFailure())));

      assertThatThrownBy(
              () ->
                  owner.copyWorkspaceImage(
                      r -> r.sourceImageId(IMAGE).sourceRegion("us-east-1").name("golden-copy")))
          .isInstanceOf(ResourceAlreadyExistsException.class);

      assertThat(mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE))
          .extracting(RecordedCall::status)
          .containsExactly(500, 400);
      assertThat(mock.images("us-east-1"))
          .extracting(WorkspaceImage::name)
          .containsOnlyOnce("golden-copy")
          .hasSize(2);
    }
  }
}
