package dev.wsmock;

import static dev.wsmock.AwsErrors.messageOf;
import static dev.wsmock.AwsErrors.rejects;
import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.ResourceAssociatedException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/** DeleteWorkspaceImage's checks in the order of docs/behaviour.md, and what a deletion takes with it. */
class DeleteWorkspaceImageTests {
  static final Seed SEED =
      Seed.builder()
          .image("wsi-plain00001", OWNER, REGION, i -> i.tag("team", "vdi"))
          .image("wsi-pending001", OWNER, REGION, i -> i.state(ImageState.PENDING))
          .image("wsi-broken0001", OWNER, REGION, i -> i.error("ImageCreationFailed", "boom"))
          .image("wsi-bundled001", OWNER, REGION, i -> i.sharedWith(RECIPIENT))
          .image("wsi-shared0001", OWNER, REGION, i -> i.sharedWith(RECIPIENT, STRANGER))
          .bundle("wsb-bundle0001", OWNER, REGION, "wsi-bundled001")
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static void delete(WorkSpacesClient client, String imageId) {
    client.deleteWorkspaceImage(r -> r.imageId(imageId));
  }

  @Test
  void deletes_an_owned_image_at_once_with_its_tags() {
    delete(aws.as(OWNER), "wsi-plain00001");

    assertThat(aws.mock().image(REGION, "wsi-plain00001")).isEmpty();
    assertThat(aws.as(OWNER).describeWorkspaceImages(r -> r.imageIds("wsi-plain00001")).images())
        .isEmpty();
    rejects(
        () -> aws.as(OWNER).describeTags(r -> r.resourceId("wsi-plain00001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void deletes_an_image_in_error() {
    delete(aws.as(OWNER), "wsi-broken0001");

    assertThat(aws.mock().image(REGION, "wsi-broken0001")).isEmpty();
  }

  @Test
  void rejects_deleting_a_pending_image_with_InvalidResourceState() {
    rejectsWithoutChange(
        aws.mock(),
        () -> delete(aws.as(OWNER), "wsi-pending001"),
        InvalidResourceStateException.class,
        "InvalidResourceStateException");
  }

  @Test
  void
      rejects_deleting_an_image_a_bundle_uses_with_the_real_aws_message_before_looking_at_shares() {
    var error =
        rejectsWithoutChange(
            aws.mock(),
            () -> delete(aws.as(OWNER), "wsi-bundled001"),
            ResourceAssociatedException.class,
            "ResourceAssociatedException");

    assertThat(messageOf(error))
        .isEqualTo(
            "One or more bundles are associated with the Image. Delete bundles associated with Image, and try again.");
  }

  @Test
  void rejects_deleting_a_shared_image_with_ResourceAssociated() {
    var error =
        rejectsWithoutChange(
            aws.mock(),
            () -> delete(aws.as(OWNER), "wsi-shared0001"),
            ResourceAssociatedException.class,
            "ResourceAssociatedException");

    assertThat(messageOf(error))
        .isEqualTo(
            "The image is shared with one or more accounts. Unshare the image from all accounts, and try again.");
  }

  @Test
  void deletes_a_formerly_shared_image_once_every_share_is_revoked_and_recipients_lose_it() {
    for (String account : new String[] {RECIPIENT, STRANGER}) {
      aws.as(OWNER)
          .updateWorkspaceImagePermission(
              r -> r.imageId("wsi-shared0001").sharedAccountId(account).allowCopyImage(false));
    }
    delete(aws.as(OWNER), "wsi-shared0001");

    assertThat(aws.mock().image(REGION, "wsi-shared0001")).isEmpty();
    assertThat(aws.as(STRANGER).describeWorkspaceImages(r -> {}).images()).isEmpty();
    assertThat(aws.mock().exportStateJson()).doesNotContain("wsi-shared0001");
  }

  @Test
  void unknown_image_is_a_successful_no_op() {
    String before = aws.mock().exportStateJson();

    delete(aws.as(OWNER), "wsi-nosuch0001");

    assertThat(aws.mock().exportStateJson()).isEqualTo(before);
  }

  @Test
  void never_deletes_another_accounts_image_even_when_shared_with_the_caller() {
    String before = aws.mock().exportStateJson();

    delete(aws.as(STRANGER), "wsi-plain00001");
    delete(aws.as(RECIPIENT), "wsi-shared0001");

    assertThat(aws.mock().exportStateJson()).isEqualTo(before);
  }

  @Test
  void an_image_in_another_region_is_not_touched() {
    String before = aws.mock().exportStateJson();

    delete(aws.as(OWNER, MockHarness.OTHER_REGION), "wsi-plain00001");

    assertThat(aws.mock().exportStateJson()).isEqualTo(before);
  }
}
