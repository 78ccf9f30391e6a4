package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/** Only the owner sees who an image is shared with; shares come in grant order. Paging is in PaginationTests. */
class DescribeWorkspaceImagePermissionsTests {
  static final Seed SEED =
      Seed.builder()
          .image("wsi-golden0001", OWNER, REGION, i -> i.sharedWith(STRANGER, RECIPIENT))
          .image("wsi-private001", OWNER, REGION)
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  @Test
  void the_owner_sees_the_shares_in_grant_order() {
    var answer = aws.as(OWNER).describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001"));

    assertThat(answer.imageId()).isEqualTo("wsi-golden0001");
    assertThat(answer.imagePermissions())
        .extracting(ImagePermission::sharedAccountId)
        .containsExactly(STRANGER, RECIPIENT);
    assertThat(answer.nextToken()).isNull();
  }

  @Test
  void an_unshared_image_has_an_empty_list() {
    assertThat(
            aws.as(OWNER)
                .describeWorkspaceImagePermissions(r -> r.imageId("wsi-private001"))
                .imagePermissions())
        .isEmpty();
  }

  @Test
  void a_recipient_a_stranger_and_an_unknown_id_get_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(RECIPIENT).describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as("444444444444")
                .describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).describeWorkspaceImagePermissions(r -> r.imageId("wsi-nosuch0001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }
}
