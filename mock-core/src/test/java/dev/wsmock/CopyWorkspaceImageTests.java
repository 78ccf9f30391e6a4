package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OTHER_REGION;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.ResourceUnavailableException;

/** CopyWorkspaceImage: who may copy what from where, the limits, and what the copy is. */
class CopyWorkspaceImageTests {
  static final String FULL = "777777777777";
  static final Seed SEED =
      SeedFixtures.images(Seed.builder(), "ful", FULL, REGION, 40)
          .image("wsi-golden0001", OWNER, REGION, i -> i.name("golden").sharedWith(RECIPIENT))
          .image(
              "wsi-linuxbyol1",
              OWNER,
              REGION,
              i -> i.operatingSystem(OperatingSystemType.LINUX).byol().sharedWith(RECIPIENT))
          .image("wsi-pending001", OWNER, REGION, i -> i.state(ImageState.PENDING))
          .image("wsi-europe0001", OWNER, OTHER_REGION, i -> i.sharedWith(RECIPIENT))
          .image("wsi-recipient1", RECIPIENT, REGION, i -> i.name("taken"))
          .image("wsi-govimage01", OWNER, "us-gov-west-1")
          .image("wsi-ningxia001", OWNER, "cn-northwest-1")
          .build();

  /** The manual clock never moves here, so copies stay PENDING. */
  @RegisterExtension
  static final MockHarness aws =
      MockHarness.perClass(
          b ->
              b.seed(SEED)
                  .clock(ManualClock.at(SeedFixtures.T0.plusSeconds(3600)))
                  .imageReadyAfter(Duration.ofMinutes(5)));

  private static String copy(
      WorkSpacesClient client, String sourceImageId, String sourceRegion, String name) {
    return client
        .copyWorkspaceImage(
            r -> r.sourceImageId(sourceImageId).sourceRegion(sourceRegion).name(name))
        .imageId();
  }

  @Test
  void a_copy_is_a_new_owned_pending_image_with_the_source_os_and_tenancy_and_no_shares() {
    String id = copy(aws.as(RECIPIENT), "wsi-linuxbyol1", REGION, "my-copy");

    WorkspaceImage copy = aws.image(id);
    assertThat(id).matches("wsi-[0-9a-z]{9}");
    assertThat(copy.ownerAccountId()).isEqualTo(RECIPIENT);
    assertThat(copy.state()).isEqualTo(ImageState.PENDING);
    assertThat(copy.operatingSystem()).isEqualTo(OperatingSystemType.LINUX);
    assertThat(copy.requiredTenancy()).isEqualTo(RequiredTenancy.DEDICATED);
    assertThat(copy.sharedAccountIds()).isEmpty();
    assertThat(copy.name()).isEqualTo("my-copy");
    assertThat(aws.as(RECIPIENT).describeWorkspaceImages(r -> r.imageType("OWNED")).images())
        .extracting(i -> i.imageId())
        .contains(id);
  }

  @Test
  void the_owner_can_copy_its_own_image() {
    String id = copy(aws.as(OWNER), "wsi-golden0001", REGION, "golden-2");

    assertThat(aws.image(id).ownerAccountId()).isEqualTo(OWNER);
  }

  @Test
  void a_recipient_copies_an_image_shared_with_it_in_the_source_region() {
    String id = copy(aws.as(RECIPIENT), "wsi-europe0001", OTHER_REGION, "from-europe");

    assertThat(aws.image(id).region()).isEqualTo(REGION);
    assertThat(aws.mock().image(OTHER_REGION, id)).isEmpty();
  }

  @Test
  void a_copy_survives_a_later_revoke_of_the_share() {
    String id = copy(aws.as(RECIPIENT), "wsi-golden0001", REGION, "kept");

    aws.as(OWNER)
        .updateWorkspaceImagePermission(
            r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(false));

    assertThat(aws.image(id).ownerAccountId()).isEqualTo(RECIPIENT);
    assertThat(aws.as(RECIPIENT).describeWorkspaceImages(r -> {}).images())
        .extracting(i -> i.imageId())
        .contains(id)
        .doesNotContain("wsi-golden0001");
  }

  @Test
  void rejects_a_stranger_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(STRANGER), "wsi-golden0001", REGION, "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_a_source_that_is_not_in_the_source_region_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(RECIPIENT), "wsi-europe0001", REGION, "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_a_pending_source_with_ResourceUnavailable() {
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(OWNER), "wsi-pending001", REGION, "x"),
        ResourceUnavailableException.class,
        "ResourceUnavailableException");
  }

  @Test
  void rejects_a_name_the_caller_already_uses_in_the_destination_region() {
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(RECIPIENT), "wsi-golden0001", REGION, "taken"),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }

  @Test
  void another_accounts_name_or_another_regions_name_does_not_clash() {
    copy(aws.as(OWNER), "wsi-golden0001", REGION, "taken");
    String id = copy(aws.as(RECIPIENT), "wsi-europe0001", OTHER_REGION, "golden");

    assertThat(aws.image(id).name()).isEqualTo("golden");
  }

  @Test
  void rejects_the_41st_owned_image_in_a_region_with_ResourceLimitExceeded() {
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(FULL), SeedFixtures.imageId("ful", 0), REGION, "one-more"),
        ResourceLimitExceededException.class,
        "ResourceLimitExceededException");
  }

  @Test
  void the_quota_counts_per_region() {
    String id =
        copy(aws.as(FULL, OTHER_REGION), SeedFixtures.imageId("ful", 0), REGION, "elsewhere");

    assertThat(aws.mock().image(OTHER_REGION, id)).isPresent();
  }

  @Test
  void rejects_cross_region_copies_into_govcloud_with_OperationNotSupported() {
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(OWNER, "us-gov-west-1"), "wsi-golden0001", REGION, "x"),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
  }

  @Test
  void rejects_cross_region_copies_out_of_govcloud_and_ningxia_with_OperationNotSupported() {
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(OWNER), "wsi-govimage01", "us-gov-west-1", "x"),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
    rejectsWithoutChange(
        aws.mock(),
        () -> copy(aws.as(OWNER), "wsi-ningxia001", "cn-northwest-1", "x"),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
  }

  @Test
  void copies_inside_govcloud_and_ningxia_are_allowed() {
    String gov =
        copy(aws.as(OWNER, "us-gov-west-1"), "wsi-govimage01", "us-gov-west-1", "gov-copy");
    String cn =
        copy(aws.as(OWNER, "cn-northwest-1"), "wsi-ningxia001", "cn-northwest-1", "cn-copy");

    assertThat(aws.mock().image("us-gov-west-1", gov)).isPresent();
    assertThat(aws.mock().image("cn-northwest-1", cn)).isPresent();
  }

  @Test
  void the_name_of_a_deleted_image_is_free_again() {
    String first = copy(aws.as(OWNER), "wsi-golden0001", REGION, "reused");
    aws.mock().forceAvailable(REGION, first);
    aws.as(OWNER).deleteWorkspaceImage(r -> r.imageId(first));

    String second = copy(aws.as(OWNER), "wsi-golden0001", REGION, "reused");

    assertThat(aws.image(second).name()).isEqualTo("reused");
  }
}
