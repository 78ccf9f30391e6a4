package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.RECIPIENT;
import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.DirectoryState;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.ImageUpdates;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.WorkSpacesMock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CustomWorkspaceImageImportState;
import software.amazon.awssdk.services.workspaces.model.DescribeCustomWorkspaceImageImportResponse;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/** Seeding in Java, seen through the real SDK. */
@WorkSpacesMockTest(defaultAccount = OWNER)
class GivenTests {

  @Test
  void states_images_with_owner_shares_state_tenancy_and_region(
      Given given, WorkSpacesMock mock, @Account(RECIPIENT) WorkSpacesClient recipient) {
    given
        .image(
            "wsi-golden0001", i -> i.sharedWith(RECIPIENT).name("golden-win11").tag("team", "vdi"))
        .image("wsi-byolimg001", i -> i.ownedBy(RECIPIENT).byol().pending().inRegion("us-west-2"))
        .image(
            "wsi-linuxim001",
            i -> i.operatingSystem(OperatingSystemType.LINUX).state(ImageState.AVAILABLE));

    assertThat(recipient.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images())
        .extracting(i -> i.imageId(), i -> i.name())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("wsi-golden0001", "golden-win11"));
    assertThat(mock)
        .image("us-west-2", "wsi-byolimg001")
        .isOwnedBy(RECIPIENT)
        .isByol()
        .hasState(ImageState.PENDING);
    assertThat(mock).image("us-east-1", "wsi-golden0001").isOwnedBy(OWNER).isSharedWith(RECIPIENT);
  }

  @Test
  void states_image_updates_that_owner_and_recipient_see(
      Given given,
      WorkSpacesMock mock,
      WorkSpacesClient owner,
      @Account(RECIPIENT) WorkSpacesClient recipient) {
    given
        .image(
            "wsi-outdated01",
            i -> i.sharedWith(RECIPIENT).updateAvailable("New WorkSpaces drivers (2.1)"))
        .image("wsi-current001", i -> i.updates(ImageUpdates.upToDate()))
        .image("wsi-noupdates1");

    assertThat(owner.describeWorkspaceImages(r -> r.imageType(ImageType.OWNED)).images())
        .extracting(
            i -> i.imageId(),
            i -> i.updates() == null ? null : i.updates().updateAvailable(),
            i -> i.updates() == null ? null : i.updates().description())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "wsi-outdated01", true, "New WorkSpaces drivers (2.1)"),
            org.assertj.core.groups.Tuple.tuple("wsi-current001", false, null),
            org.assertj.core.groups.Tuple.tuple("wsi-noupdates1", null, null));
    assertThat(
            recipient
                .describeWorkspaceImages(r -> r.imageType(ImageType.SHARED))
                .images()
                .get(0)
                .updates()
                .updateAvailable())
        .isTrue();
    assertThat(mock).image("us-east-1", "wsi-outdated01").hasUpdateAvailable();
    assertThat(mock).image("us-east-1", "wsi-current001").isUpToDate();
    assertThat(mock).image("us-east-1", "wsi-noupdates1").isUpToDate();
  }

  @Test
  void states_imports_that_end_in_error_without_an_image_or_complete_with_one(
      Given given, WorkSpacesClient owner, WorkSpacesMock mock) {
    given
        .customImageImport(
            "wsi-import0001",
            c -> c.imageName("doomed").error(new ImageErrorDetail("ImageValidationFailed", "No.")))
        .customImageImport("wsi-import0002", c -> c.imageName("custom-win11"));

    DescribeCustomWorkspaceImageImportResponse failed =
        owner.describeCustomWorkspaceImageImport(r -> r.imageId("wsi-import0001"));
    assertThat(failed.state()).isEqualTo(CustomWorkspaceImageImportState.ERROR);
    assertThat(failed.errorDetails())
        .extracting(d -> d.errorCode())
        .containsExactly("ImageValidationFailed");
    assertThat(mock.image("us-east-1", "wsi-import0001")).isEmpty();
    assertThat(owner.describeCustomWorkspaceImageImport(r -> r.imageId("wsi-import0002")).state())
        .isEqualTo(CustomWorkspaceImageImportState.COMPLETED);
    assertThat(mock).image("us-east-1", "wsi-import0002").isOwnedBy(OWNER).isByol();
  }

  @Test
  void states_directories_and_a_workspace_that_keeps_one_from_being_deregistered(
      Given given, WorkSpacesClient owner) {
    given
        .directory("d-1234567890", d -> d.name("corp"))
        .workspace("ws-abcd12345", w -> w.directory("d-1234567890"));

    assertThat(owner.describeWorkspaceDirectories(r -> {}).directories())
        .singleElement()
        .satisfies(d -> assertThat(d.workspaceDirectoryName()).isEqualTo("corp"))
        .satisfies(d -> assertThat(d.stateAsString()).isEqualTo("REGISTERED"));
    assertThatThrownBy(() -> owner.deregisterWorkspaceDirectory(r -> r.directoryId("d-1234567890")))
        .isInstanceOf(OperationNotSupportedException.class);

    // The extension's mocks ripen at once; registering() shows only where the delay is longer.
    try (WorkSpacesMock slow =
        WorkSpacesMock.builder().imageReadyAfter(Duration.ofHours(1)).start()) {
      Given.on(slow).directory("d-1234567891", d -> d.registering());
      assertThat(slow.exportState().directories())
          .singleElement()
          .satisfies(d -> assertThat(d.state()).isEqualTo(DirectoryState.REGISTERING));
    }
  }

  @Test
  void states_a_workspace_to_create_an_image_from(
      Given given, WorkSpacesClient owner, WorkSpacesMock mock) {
    given.workspace("ws-abcd12345", w -> w.operatingSystem(OperatingSystemType.WINDOWS));

    String imageId =
        owner
            .createWorkspaceImage(
                r -> r.workspaceId("ws-abcd12345").name("from-ws").description("d"))
            .imageId();

    assertThat(mock).image("us-east-1", imageId).isOwnedBy(OWNER);
  }

  @Test
  void states_a_bundle_that_keeps_its_image_from_deletion(
      Given given, WorkSpacesClient owner, WorkSpacesMock mock) {
    given
        .image("wsi-golden0001")
        .bundle("wsb-abcd12345", b -> b.name("golden-bundle").image("wsi-golden0001"));

    assertThat(owner.describeWorkspaceBundles(r -> r.bundleIds("wsb-abcd12345")).bundles())
        .extracting(b -> b.imageId())
        .containsExactly("wsi-golden0001");
    assertThatThrownBy(() -> owner.deleteWorkspaceImage(r -> r.imageId("wsi-golden0001")))
        .hasMessageContaining("bundle");
  }

  @Test
  void states_accounts_with_their_settings(
      Given given, @Account(RECIPIENT) WorkSpacesClient recipient, WorkSpacesClient owner) {
    given.account(RECIPIENT, a -> a.byolEnabled(false)).image("wsi-byolimg001", i -> i.byol());

    assertThatThrownBy(
            () ->
                owner.updateWorkspaceImagePermission(
                    r ->
                        r.imageId("wsi-byolimg001")
                            .sharedAccountId(RECIPIENT)
                            .allowCopyImage(true)))
        .isNotInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("BYOL");
  }

  @Test
  void binds_to_other_defaults_outside_the_extension(WorkSpacesMock mock) {
    Given.on(mock).as(RECIPIENT).inRegion("eu-west-1").image("wsi-elsewhere01");

    assertThat(mock).image("eu-west-1", "wsi-elsewhere01").isOwnedBy(RECIPIENT);
  }
}
