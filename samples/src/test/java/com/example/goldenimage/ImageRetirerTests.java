package com.example.goldenimage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

class ImageRetirerTests {
  private static final String OWNER = "111111111111";
  private static final String REGION = "us-east-1";

  private WorkSpacesMock mock;

  @BeforeEach
  void start_mock() {
    // The seed file: wsi-golden0001 shared with two accounts, wsi-golden0002 behind the bundle wsb-golden0001.
    mock = WorkSpacesMock.builder().seedResource("seeds/golden-images.json").start();
  }

  @AfterEach
  void stop_mock() {
    mock.close();
  }

  @Test
  void unshares_from_every_account_then_deletes() {
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      RetireResult result = new ImageRetirer(owner).retire("wsi-golden0001");

      assertThat(result).isEqualTo(new RetireResult.Retired("wsi-golden0001", List.of("222222222222", "333333333333")));
      assertThat(mock.image(REGION, "wsi-golden0001")).isEmpty();
      assertThat(mock.journal().matching(c -> c.operation().orElseThrow().isMutating()))
          .extracting(RecordedCall::operationName, c -> c.requestMember("SharedAccountId"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("UpdateWorkspaceImagePermission", "222222222222"),
              org.assertj.core.groups.Tuple.tuple("UpdateWorkspaceImagePermission", "333333333333"),
              org.assertj.core.groups.Tuple.tuple("DeleteWorkspaceImage", null));
    }
  }

  @Test
  void reports_the_bundles_still_using_the_image_and_leaves_its_shares_alone() {
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      RetireResult result = new ImageRetirer(owner).retire("wsi-golden0002");

      assertThat(result).isEqualTo(new RetireResult.StillInUse("wsi-golden0002", List.of("wsb-golden0001"), List.of()));
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)).isEmpty();
      assertThat(mock.image(REGION, "wsi-golden0002").orElseThrow().sharedAccountIds()).containsExactly("222222222222");
    }
  }

  @Test
  void names_a_bundle_created_on_the_image_while_it_was_being_retired() {
    // GIVEN someone builds a bundle on the image right after the retirer has checked for bundles
    AtomicBoolean bundleCreated = new AtomicBoolean();
    mock.journal().addListener(call -> {
      if (call.isOperation(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION) && bundleCreated.compareAndSet(false, true)) {
        mock.seed(Seed.builder().bundle("wsb-latecomer1", OWNER, REGION, "wsi-golden0001").build());
      }
    });

    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      // WHEN
      RetireResult result = new ImageRetirer(owner).retire("wsi-golden0001");

      // THEN AWS's ResourceAssociatedException becomes a result that names the bundle
      assertThat(result).isEqualTo(new RetireResult.StillInUse("wsi-golden0001", List.of("wsb-latecomer1"),
          List.of("222222222222", "333333333333")));
      assertThat(mock.journal().calls(Operation.DELETE_WORKSPACE_IMAGE))
          .singleElement()
          .satisfies(call -> assertThat(call.errorMessage()).startsWith("One or more bundles are associated"));
      assertThat(mock.image(REGION, "wsi-golden0001")).isPresent();
    }
  }

  @Test
  void says_already_gone_for_an_image_that_does_not_exist() {
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      assertThat(new ImageRetirer(owner).retire("wsi-neverexisted")).isEqualTo(new RetireResult.AlreadyGone("wsi-neverexisted"));
      assertThat(mock.journal().calls(Operation.DELETE_WORKSPACE_IMAGE)).isEmpty();
    }
  }
}
