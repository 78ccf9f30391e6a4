package com.example.goldenimage;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.ManualClock;
import dev.wsmock.Operation;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;

/**
 * {@link ImageUpdater}, the golden-image update flow: an outdated image, shared with two accounts and launched by a
 * bundle, beside an up-to-date one that must be left alone. New images take 45 minutes on the mock's clock.
 */
@WorkSpacesMockTest(
    defaultAccount = ImageUpdaterTests.OWNER,
    clock = ClockMode.MANUAL,
    imageReadyAfter = "PT45M")
class ImageUpdaterTests implements KeepsToTheServiceContract {
  static final String OWNER = "111111111111";
  static final String REGION = "us-east-1";
  static final String OUTDATED = "wsi-outdated01";
  static final String CURRENT = "wsi-current001";

  private static final CopyWait NEVER_WAITS =
      latest -> {
        throw new AssertionError("finding outdated images creates nothing to wait for");
      };

  @BeforeEach
  void outdatedAndCurrentImages(Given given) {
    given
        .image(
            OUTDATED,
            i ->
                i.ownedBy(OWNER)
                    .name("golden-win10")
                    .updateAvailable("WorkSpaces agent and driver updates")
                    .sharedWith("222222222222", "333333333333"))
        .image(CURRENT, i -> i.ownedBy(OWNER).name("golden-win11"))
        .bundle("wsb-golden0001", b -> b.ownedBy(OWNER).image(OUTDATED));
  }

  @Test
  void finds_only_the_images_aws_reports_updates_for(WorkSpacesClient owner) {
    assertThat(new ImageUpdater(owner, NEVER_WAITS).outdatedImages())
        .extracting(i -> i.imageId())
        .containsExactly(OUTDATED);
  }

  @Test
  void updates_rebundles_shares_the_new_image_and_retires_the_old(
      WorkSpacesClient owner, ManualClock clock, CallJournal journal, WorkSpacesMock mock) {
    List<UpdateResult> results =
        new ImageUpdater(owner, ImageImporterTests.advancing(clock)).updateOutdatedImages();

    assertThat(results).hasSize(1);
    UpdateResult.Updated updated = (UpdateResult.Updated) results.get(0);
    String newImageId = updated.newImageId();
    assertThat(updated.bundleIds()).containsExactly("wsb-golden0001");
    assertThat(updated.sharedAccounts()).containsExactly("222222222222", "333333333333");
    assertThat(updated.retired())
        .isEqualTo(new RetireResult.Retired(OUTDATED, List.of("222222222222", "333333333333")));
    assertThat(mock)
        .image(REGION, newImageId)
        .isAvailable()
        .isUpToDate()
        .isSharedWith("222222222222")
        .isSharedWith("333333333333");
    assertThat(mock.image(REGION, newImageId).orElseThrow().description())
        .isEqualTo("Updated from " + OUTDATED);
    assertThat(mock.image(REGION, OUTDATED)).isEmpty();
    assertThat(mock).image(REGION, CURRENT).isAvailable();
    assertThat(owner.describeWorkspaceBundles(r -> r.bundleIds("wsb-golden0001")).bundles())
        .extracting(WorkspaceBundle::imageId)
        .containsExactly(newImageId);
    assertThat(journal).calls(Operation.CREATE_UPDATED_WORKSPACE_IMAGE).hasSize(1);
    assertThat(journal).hasNoFailures();
  }

  @Test
  void an_updated_image_that_ends_in_error_leaves_the_old_image_and_its_bundle_alone(
      WorkSpacesClient owner, ManualClock clock, CallJournal journal, WorkSpacesMock mock) {
    CopyWait failsWhileWaiting =
        latest -> {
          var pending = latest.get();
          mock.forceError(REGION, pending.imageId(), "InternalServiceError", "The update failed.");
          return ImageImporterTests.advancing(clock).untilSettled(latest);
        };

    List<UpdateResult> results = new ImageUpdater(owner, failsWhileWaiting).updateOutdatedImages();

    assertThat(results).hasSize(1);
    assertThat(results.get(0))
        .isInstanceOfSatisfying(
            UpdateResult.NotReady.class,
            notReady -> {
              assertThat(notReady.oldImageId()).isEqualTo(OUTDATED);
              assertThat(notReady.state()).isEqualTo("ERROR");
            });
    assertThat(mock)
        .image(REGION, OUTDATED)
        .isAvailable()
        .hasUpdateAvailable()
        .isSharedWith("222222222222")
        .isSharedWith("333333333333");
    assertThat(owner.describeWorkspaceBundles(r -> r.bundleIds("wsb-golden0001")).bundles())
        .extracting(WorkspaceBundle::imageId)
        .containsExactly(OUTDATED);
    assertThat(journal).calls(Operation.UPDATE_WORKSPACE_BUNDLE).isEmpty();
    assertThat(journal).calls(Operation.DELETE_WORKSPACE_IMAGE).isEmpty();
  }

  @Test
  void a_second_run_after_the_update_changes_nothing(
      WorkSpacesClient owner, ManualClock clock, CallJournal journal, WorkSpacesMock mock) {
    new ImageUpdater(owner, ImageImporterTests.advancing(clock)).updateOutdatedImages();
    journal.clear();

    // The updated image reports no update, the other image none either: the second run only reads.

    assertThat(new ImageUpdater(owner, ImageImporterTests.advancing(clock)).updateOutdatedImages())
        .isEmpty();
    assertThat(journal.matching(c -> c.operation().orElseThrow().isMutating())).isEmpty();
  }
}
