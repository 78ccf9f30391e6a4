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
import software.amazon.awssdk.services.workspaces.model.Compute;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageIngestionProcess;

/**
 * Every {@link MockBehaviour} switch flipped away from its default. The switches do not interact, so one mock with
 * all of them flipped serves every test; the defaults are covered by the per-operation test classes.
 */
class MockBehaviourTests {
  static final MockBehaviour FLIPPED =
      MockBehaviour.defaults()
          .withUnknownOperationStatus(404)
          .withConstraintErrors(MockBehaviour.ConstraintErrors.INVALID_PARAMETER_VALUES)
          .withRevokeOfUnknownGrant(MockBehaviour.RevokeOfUnknownGrant.IGNORE)
          .withDeleteOfUnknownImage(MockBehaviour.DeleteOfUnknownImage.RESOURCE_NOT_FOUND)
          .withRecipientReshare(MockBehaviour.RecipientReshare.OPERATION_NOT_SUPPORTED)
          .withImageQuotaPerRegion(2)
          .withBundleQuotaPerRegion(1)
          .withTagsPerResource(2)
          .withByopAllowListed(true)
          .withUpdateOfUpToDateImage(MockBehaviour.UpdateOfUpToDateImage.CREATE);
  static final Seed SEED =
      Seed.builder().image("wsi-golden0001", OWNER, REGION, i -> i.sharedWith(RECIPIENT)).build();

  @RegisterExtension
  static final MockHarness aws = MockHarness.perClass(b -> b.seed(SEED).behaviour(FLIPPED));

  private static String copy(String name) {
    return aws.as(OWNER)
        .copyWorkspaceImage(r -> r.sourceImageId("wsi-golden0001").sourceRegion(REGION).name(name))
        .imageId();
  }

  @Test
  void defaults_are_the_answers_of_the_behaviour_reference() {
    MockBehaviour defaults = MockBehaviour.defaults();

    assertThat(defaults.unknownOperationStatus()).isEqualTo(400);
    assertThat(defaults.constraintErrors())
        .isEqualTo(MockBehaviour.ConstraintErrors.VALIDATION_EXCEPTION);
    assertThat(defaults.revokeOfUnknownGrant())
        .isEqualTo(MockBehaviour.RevokeOfUnknownGrant.REJECT);
    assertThat(defaults.deleteOfUnknownImage())
        .isEqualTo(MockBehaviour.DeleteOfUnknownImage.IGNORE);
    assertThat(defaults.recipientReshare())
        .isEqualTo(MockBehaviour.RecipientReshare.RESOURCE_NOT_FOUND);
    assertThat(defaults.imageQuotaPerRegion()).isEqualTo(40);
    assertThat(defaults.tagsPerResource()).isEqualTo(50);
    assertThat(defaults.byopAllowListed()).isFalse();
    assertThat(defaults.updateOfUpToDateImage())
        .isEqualTo(MockBehaviour.UpdateOfUpToDateImage.REJECT);
  }

  @Test
  void unknown_targets_can_answer_404() {
    var answer = aws.raw().call("LaunchRockets", "{}", OWNER, REGION).isAwsError();

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorCode()).isEqualTo("UnknownOperationException");
  }

  @Test
  void constraint_violations_can_be_InvalidParameterValues_with_the_same_coral_text() {
    var error =
        rejectsWithoutChange(
            aws.mock(),
            () -> aws.as(OWNER).describeWorkspaceImages(r -> r.maxResults(26)),
            InvalidParameterValuesException.class,
            "InvalidParameterValuesException");

    assertThat(messageOf(error))
        .isEqualTo(
            "1 validation error detected: Value '26' at 'maxResults' failed to"
                + " satisfy constraint: Member must have value less than or equal to 25");
  }

  @Test
  void revoking_an_unknown_grant_can_be_an_idempotent_success() {
    String before = aws.mock().exportStateJson();

    aws.as(OWNER)
        .updateWorkspaceImagePermission(
            r -> r.imageId("wsi-golden0001").sharedAccountId(STRANGER).allowCopyImage(false));

    assertThat(aws.mock().exportStateJson()).isEqualTo(before);
  }

  @Test
  void deleting_an_unknown_or_foreign_image_can_be_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).deleteWorkspaceImage(r -> r.imageId("wsi-nosuch0001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(RECIPIENT).deleteWorkspaceImage(r -> r.imageId("wsi-golden0001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void
      a_recipient_resharing_can_be_OperationNotSupported_while_strangers_still_get_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(RECIPIENT)
                .updateWorkspaceImagePermission(
                    r ->
                        r.imageId("wsi-golden0001").sharedAccountId(STRANGER).allowCopyImage(true)),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(STRANGER)
                .updateWorkspaceImagePermission(
                    r ->
                        r.imageId("wsi-golden0001")
                            .sharedAccountId(RECIPIENT)
                            .allowCopyImage(true)),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void the_image_quota_is_configurable() {
    copy("second");

    rejectsWithoutChange(
        aws.mock(),
        () -> copy("third"),
        ResourceLimitExceededException.class,
        "ResourceLimitExceededException");
  }

  @Test
  void the_bundle_quota_is_configurable() {
    aws.as(OWNER)
        .createWorkspaceBundle(
            r ->
                r.bundleName("one")
                    .bundleDescription("d")
                    .imageId("wsi-golden0001")
                    .computeType(c -> c.name(Compute.STANDARD))
                    .userStorage(u -> u.capacity("50")));

    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .createWorkspaceBundle(
                    r ->
                        r.bundleName("two")
                            .bundleDescription("d")
                            .imageId("wsi-golden0001")
                            .computeType(c -> c.name(Compute.STANDARD))
                            .userStorage(u -> u.capacity("50"))),
        ResourceLimitExceededException.class,
        "ResourceLimitExceededException");
  }

  @Test
  void the_tag_limit_is_configurable() {
    aws.as(OWNER)
        .createTags(
            r ->
                r.resourceId("wsi-golden0001")
                    .tags(t -> t.key("a").value("1"), t -> t.key("b").value("2")));

    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .createTags(r -> r.resourceId("wsi-golden0001").tags(t -> t.key("c").value("3"))),
        ResourceLimitExceededException.class,
        "ResourceLimitExceededException");
  }

  @Test
  void byop_imports_can_be_allow_listed() {
    String id =
        ImportWorkspaceImageTests.importImage(
            aws.as(OWNER),
            r -> r.ingestionProcess(WorkspaceImageIngestionProcess.BYOL_REGULAR_BYOP));

    assertThat(aws.image(id).requiredTenancy()).isEqualTo(RequiredTenancy.DEDICATED);
  }

  @Test
  void an_image_without_updates_can_be_updated_into_a_new_image() {
    String id =
        aws.as(OWNER)
            .createUpdatedWorkspaceImage(
                r -> r.sourceImageId("wsi-golden0001").name("updated").description("updated"))
            .imageId();

    assertThat(aws.image(id).ownerAccountId()).isEqualTo(OWNER);
    assertThat(aws.image(id).updates()).isEqualTo(ImageUpdates.upToDate());
  }
}
