package com.example.goldenimage;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;
import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.tuple;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * {@link ImageRetirer} against the demo seed file: wsi-golden0001 is shared with two accounts, wsi-golden0002 is
 * what the bundle wsb-golden0001 launches WorkSpaces from.
 */
@WorkSpacesMockTest(
    seed = "classpath:seeds/golden-images.json",
    defaultAccount = ImageRetirerTests.OWNER)
class ImageRetirerTests implements KeepsToTheServiceContract {
  static final String OWNER = "111111111111";
  static final String REGION = "us-east-1";

  @Test
  void unshares_from_every_account_then_deletes(
      WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    RetireResult result = new ImageRetirer(owner).retire("wsi-golden0001");

    assertThat(result)
        .isEqualTo(
            new RetireResult.Retired("wsi-golden0001", List.of("222222222222", "333333333333")));
    assertThat(mock.image(REGION, "wsi-golden0001")).isEmpty();
    assertThat(journal.matching(c -> c.operation().orElseThrow().isMutating()))
        .extracting(RecordedCall::operationName, c -> c.requestMember("SharedAccountId"))
        .containsExactly(
            tuple("UpdateWorkspaceImagePermission", "222222222222"),
            tuple("UpdateWorkspaceImagePermission", "333333333333"),
            tuple("DeleteWorkspaceImage", null));
    assertThat(journal).hasNoFailures();
  }

  @Test
  void reports_the_bundles_still_using_the_image_and_leaves_its_shares_alone(
      WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    RetireResult result = new ImageRetirer(owner).retire("wsi-golden0002");

    assertThat(result)
        .isEqualTo(
            new RetireResult.StillInUse("wsi-golden0002", List.of("wsb-golden0001"), List.of()));
    assertThat(journal).calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).isEmpty();
    assertThat(journal).calls(Operation.DELETE_WORKSPACE_IMAGE).isEmpty();
    assertThat(mock).image(REGION, "wsi-golden0002").isAvailable().isSharedWith("222222222222");
  }

  @Test
  void names_a_bundle_created_on_the_image_while_it_was_being_retired(
      WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock, Given given) {
    // GIVEN someone builds a bundle on the image right after the retirer has checked for bundles
    AtomicBoolean bundleCreated = new AtomicBoolean();
    journal.addListener(
        call -> {
          if (call.isOperation(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
              && bundleCreated.compareAndSet(false, true)) {
            given.bundle("wsb-latecomer1", b -> b.ownedBy(OWNER).image("wsi-golden0001"));
          }
        });

    // WHEN
    RetireResult result = new ImageRetirer(owner).retire("wsi-golden0001");

    // THEN AWS's ResourceAssociatedException becomes a result that names the bundle
    assertThat(result)
        .isEqualTo(
            new RetireResult.StillInUse(
                "wsi-golden0001",
                List.of("wsb-latecomer1"),
                List.of("222222222222", "333333333333")));
    assertThat(journal)
        .calls(Operation.DELETE_WORKSPACE_IMAGE)
        .hasSize(1)
        .first()
        .failedWith("ResourceAssociatedException");
    assertThat(journal.calls(Operation.DELETE_WORKSPACE_IMAGE).get(0).errorMessage())
        .startsWith("One or more bundles are associated with the Image");
    assertThat(mock).image(REGION, "wsi-golden0001").isAvailable();
  }

  @Test
  void says_already_gone_for_an_image_that_does_not_exist(
      WorkSpacesClient owner, CallJournal journal) {
    assertThat(new ImageRetirer(owner).retire("wsi-neverexisted"))
        .isEqualTo(new RetireResult.AlreadyGone("wsi-neverexisted"));
    assertThat(journal).calls(Operation.DELETE_WORKSPACE_IMAGE).isEmpty();
  }

  @Test
  void a_delete_whose_response_was_lost_still_retires_the_image(
      WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    // GIVEN the delete commits, but its answer is lost and the SDK sends it again (AWS: 200 for a
    // gone image)
    mock.faults()
        .add(
            FaultRule.when(new Trigger.OperationIs(Operation.DELETE_WORKSPACE_IMAGE))
                .then(new Effect.LostResponse(Effect.internalFailure()))
                .times(1));

    RetireResult result = new ImageRetirer(owner).retire("wsi-golden0001");

    assertThat(result).isInstanceOf(RetireResult.Retired.class);
    assertThat(mock.image(REGION, "wsi-golden0001")).isEmpty();
    assertThat(journal).calls(Operation.DELETE_WORKSPACE_IMAGE).hasSize(2).last().succeeded();
  }
}
