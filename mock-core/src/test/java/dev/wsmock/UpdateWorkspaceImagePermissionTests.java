package dev.wsmock;

import static dev.wsmock.AwsErrors.messageOf;
import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.ResourceUnavailableException;
import software.amazon.awssdk.services.workspaces.model.ValidationException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/** Every rule of UpdateWorkspaceImagePermission, in the order docs/behaviour.md gives them. */
class UpdateWorkspaceImagePermissionTests {
  static final String GOVCLOUD = "us-gov-west-1";
  static final String NOT_BYOL = "444444444444";
  static final String OTHER_ORG = "555555555555";
  static final String SAME_ORG = "666666666666";
  static final Seed SEED =
      Seed.builder()
          .account(OWNER, a -> a.byolEnabled(true).organizationId("o-one"))
          .account(NOT_BYOL, a -> a.byolEnabled(false))
          .account(OTHER_ORG, a -> a.byolEnabled(true).organizationId("o-two"))
          .account(SAME_ORG, a -> a.byolEnabled(true).organizationId("o-one"))
          .image("wsi-golden0001", OWNER, REGION)
          .image("wsi-pending001", OWNER, REGION, i -> i.state(ImageState.PENDING))
          .image("wsi-broken0001", OWNER, REGION, i -> i.error("ImageCreationFailed", "boom"))
          .image("wsi-byolimg001", OWNER, REGION, i -> i.byol())
          .image("wsi-shared0001", OWNER, REGION, i -> i.sharedWith(RECIPIENT))
          .image("wsi-govbyol001", OWNER, GOVCLOUD, i -> i.byol())
          .image("wsi-govdflt001", OWNER, GOVCLOUD)
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static void share(
      WorkSpacesClient client, String imageId, String account, boolean allow) {
    client.updateWorkspaceImagePermission(
        r -> r.imageId(imageId).sharedAccountId(account).allowCopyImage(allow));
  }

  private static java.util.List<String> permissions(String imageId) {
    return aws
        .as(OWNER)
        .describeWorkspaceImagePermissions(r -> r.imageId(imageId))
        .imagePermissions()
        .stream()
        .map(ImagePermission::sharedAccountId)
        .toList();
  }

  @Test
  void grant_makes_the_image_visible_to_the_recipient_as_shared() {
    share(aws.as(OWNER), "wsi-golden0001", RECIPIENT, true);

    assertThat(permissions("wsi-golden0001")).containsExactly(RECIPIENT);
    assertThat(
            aws.as(RECIPIENT).describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images())
        .extracting(WorkspaceImage::imageId)
        .containsExactly("wsi-golden0001", "wsi-shared0001");
    assertThat(aws.image("wsi-golden0001").isSharedWith(RECIPIENT)).isTrue();
  }

  @Test
  void revoke_removes_the_share_and_the_recipient_no_longer_sees_the_image() {
    share(aws.as(OWNER), "wsi-shared0001", RECIPIENT, false);

    assertThat(permissions("wsi-shared0001")).isEmpty();
    assertThat(aws.as(RECIPIENT).describeWorkspaceImages(r -> {}).images()).isEmpty();
  }

  @Test
  void rule_1_unknown_image_is_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-nosuch0001", RECIPIENT, true),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rule_1_a_stranger_cannot_share_someone_elses_image() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(STRANGER), "wsi-golden0001", RECIPIENT, true),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rule_1_a_recipient_cannot_reshare_an_image_shared_with_it() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(RECIPIENT), "wsi-shared0001", STRANGER, true),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rule_1_images_are_per_region_so_another_regions_id_is_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-govdflt001", RECIPIENT, true),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rule_1_comes_before_rule_2_so_a_stranger_on_a_pending_image_gets_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(STRANGER), "wsi-pending001", RECIPIENT, true),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rule_2_rejects_sharing_a_pending_image_with_ResourceUnavailable() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-pending001", RECIPIENT, true),
        ResourceUnavailableException.class,
        "ResourceUnavailableException");
  }

  @Test
  void rule_2_rejects_sharing_an_image_in_error_with_ResourceUnavailable() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-broken0001", RECIPIENT, true),
        ResourceUnavailableException.class,
        "ResourceUnavailableException");
  }

  @Test
  void rule_3_rejects_sharing_a_byol_image_in_govcloud_with_the_exact_aws_message() {
    var error =
        rejectsWithoutChange(
            aws.mock(),
            () -> share(aws.as(OWNER, GOVCLOUD), "wsi-govbyol001", RECIPIENT, true),
            OperationNotSupportedException.class,
            "OperationNotSupportedException");

    assertThat(messageOf(error))
        .isEqualTo(
            "Sharing Bring Your Own License (BYOL) images across accounts isn't supported in this Region.");
  }

  @Test
  void rule_3_comes_before_rule_4_so_a_govcloud_byol_self_share_is_OperationNotSupported() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER, GOVCLOUD), "wsi-govbyol001", OWNER, true),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
  }

  @Test
  void rule_3_allows_sharing_a_default_tenancy_image_in_govcloud() {
    share(aws.as(OWNER, GOVCLOUD), "wsi-govdflt001", RECIPIENT, true);

    assertThat(aws.mock().image(GOVCLOUD, "wsi-govdflt001").orElseThrow().isSharedWith(RECIPIENT))
        .isTrue();
  }

  @Test
  void rule_4_rejects_sharing_with_the_owner_itself() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-golden0001", OWNER, true),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void rule_5_rejects_sharing_a_byol_image_with_an_account_not_enabled_for_byol() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-byolimg001", NOT_BYOL, true),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void rule_5_rejects_sharing_a_byol_image_with_another_organization() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-byolimg001", OTHER_ORG, true),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void rule_5_allows_byol_shares_inside_the_organization_and_to_undescribed_accounts() {
    share(aws.as(OWNER), "wsi-byolimg001", SAME_ORG, true);
    share(aws.as(OWNER), "wsi-byolimg001", STRANGER, true);

    assertThat(permissions("wsi-byolimg001")).containsExactly(SAME_ORG, STRANGER);
  }

  @Test
  void rule_5_does_not_restrict_default_tenancy_images() {
    share(aws.as(OWNER), "wsi-golden0001", NOT_BYOL, true);

    assertThat(permissions("wsi-golden0001")).containsExactly(NOT_BYOL);
  }

  @Test
  void rule_6_rejects_revoking_a_grant_that_does_not_exist() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-golden0001", RECIPIENT, false),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void rule_7_granting_twice_succeeds_and_changes_nothing() {
    share(aws.as(OWNER), "wsi-shared0001", STRANGER, true);
    String before = aws.mock().exportStateJson();

    share(aws.as(OWNER), "wsi-shared0001", RECIPIENT, true);

    assertThat(aws.mock().exportStateJson()).isEqualTo(before);
    assertThat(permissions("wsi-shared0001")).containsExactly(RECIPIENT, STRANGER);
  }

  @Test
  void rule_7_any_well_formed_twelve_digit_account_can_be_granted() {
    share(aws.as(OWNER), "wsi-golden0001", "000000000001", true);

    assertThat(permissions("wsi-golden0001")).containsExactly("000000000001");
  }

  @Test
  void rejects_a_shared_account_id_that_is_not_twelve_digits_with_ValidationException() {
    rejectsWithoutChange(
        aws.mock(),
        () -> share(aws.as(OWNER), "wsi-golden0001", "12345", true),
        ValidationException.class,
        "ValidationException");
  }
}
