package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OTHER_REGION;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.Tag;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** CreateUpdatedWorkspaceImage: which images can be updated, by whom, and what the updated image is. */
class CreateUpdatedWorkspaceImageTests {
  static final Duration DELAY = Duration.ofMinutes(5);
  static final ManualClock CLOCK = ManualClock.at(SeedFixtures.T0.plusSeconds(3600));
  static final ImageUpdates DRIVERS = ImageUpdates.available("New WorkSpaces drivers (2.1)");
  static final String FULL = "777777777777";
  static final Seed SEED =
      SeedFixtures.images(Seed.builder(), "ful", FULL, REGION, 39)
          .image("wsi-fullupd001", FULL, REGION, i -> i.updates(DRIVERS))
          .image(
              "wsi-outdated01",
              OWNER,
              REGION,
              i -> i.name("golden").updates(DRIVERS).sharedWith(RECIPIENT).tag("team", "vdi"))
          .image("wsi-byolupd001", OWNER, REGION, i -> i.byol().updates(DRIVERS))
          .image("wsi-current001", OWNER, REGION, i -> i.updates(ImageUpdates.upToDate()))
          .image("wsi-noupdates1", OWNER, REGION)
          .image("wsi-pendupd001", OWNER, REGION, i -> i.state(ImageState.PENDING).updates(DRIVERS))
          .image(
              "wsi-errorupd01",
              OWNER,
              REGION,
              i -> i.error("ImageCreationFailed", "failed").updates(DRIVERS))
          .image(
              "wsi-linuxupd01",
              OWNER,
              REGION,
              i -> i.operatingSystem(OperatingSystemType.LINUX).updates(DRIVERS))
          .image("wsi-europe0001", OWNER, OTHER_REGION, i -> i.updates(DRIVERS))
          .build();

  @RegisterExtension
  static final MockHarness aws =
      MockHarness.perClass(b -> b.seed(SEED).clock(CLOCK).imageReadyAfter(DELAY));

  private static String update(WorkSpacesClient client, String sourceImageId, String name) {
    return client
        .createUpdatedWorkspaceImage(
            r -> r.sourceImageId(sourceImageId).name(name).description("updated " + name))
        .imageId();
  }

  @Test
  void the_updated_image_is_a_new_owned_pending_image_that_becomes_available_after_the_delay() {
    String id =
        aws.as(OWNER)
            .createUpdatedWorkspaceImage(
                r ->
                    r.sourceImageId("wsi-outdated01")
                        .name("golden-updated")
                        .description("Golden with drivers 2.1")
                        .tags(Tag.builder().key("stage").value("test").build()))
            .imageId();

    WorkspaceImage updated = aws.image(id);
    assertThat(id).matches("wsi-[0-9a-z]{9}");
    assertThat(updated.ownerAccountId()).isEqualTo(OWNER);
    assertThat(updated.state()).isEqualTo(ImageState.PENDING);
    assertThat(updated.name()).isEqualTo("golden-updated");
    assertThat(updated.description()).isEqualTo("Golden with drivers 2.1");
    assertThat(updated.operatingSystem()).isEqualTo(OperatingSystemType.WINDOWS);
    assertThat(updated.requiredTenancy()).isEqualTo(RequiredTenancy.DEFAULT);
    assertThat(updated.created()).isEqualTo(CLOCK.instant());
    assertThat(updated.sharedAccountIds()).isEmpty();
    assertThat(updated.tags()).containsExactly(new dev.wsmock.Tag("stage", "test"));

    CLOCK.advance(DELAY);

    assertThat(aws.image(id).state()).isEqualTo(ImageState.AVAILABLE);
  }

  @Test
  void the_updated_image_has_no_update_available_and_the_source_keeps_its_updates() {
    WorkspaceImage sourceBefore = aws.image("wsi-outdated01");

    String id = update(aws.as(OWNER), "wsi-outdated01", "golden-updated");

    assertThat(aws.image(id).hasUpdateAvailable()).isFalse();
    assertThat(aws.image(id).updates()).isEqualTo(ImageUpdates.upToDate());
    assertThat(aws.image("wsi-outdated01")).isEqualTo(sourceBefore);
    var described =
        aws.as(OWNER).describeWorkspaceImages(r -> r.imageIds(id, "wsi-outdated01")).images();
    assertThat(described)
        .extracting(i -> i.imageId(), i -> i.updates().updateAvailable())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(id, false),
            org.assertj.core.groups.Tuple.tuple("wsi-outdated01", true));
  }

  @Test
  void the_updated_image_keeps_the_source_tenancy() {
    String id = update(aws.as(OWNER), "wsi-byolupd001", "byol-updated");

    assertThat(aws.image(id).requiredTenancy()).isEqualTo(RequiredTenancy.DEDICATED);
  }

  @Test
  void an_updated_image_cannot_be_updated_again_with_InvalidParameterValues() {
    String id = update(aws.as(OWNER), "wsi-outdated01", "golden-updated");
    CLOCK.advance(DELAY);

    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(OWNER), id, "twice"),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void the_updated_image_round_trips_through_a_seed() {
    update(aws.as(OWNER), "wsi-outdated01", "golden-updated");
    CLOCK.advance(DELAY);
    String exported = aws.mock().exportStateJson();

    try (WorkSpacesMock again = WorkSpacesMock.builder().seed(aws.mock().exportState()).start()) {
      assertThat(again.exportStateJson()).isEqualTo(exported);
      assertThat(again.images(REGION)).isEqualTo(aws.mock().images(REGION));
    }
  }

  @Test
  void rejects_an_unknown_source_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(OWNER), "wsi-nosuch0001", "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_a_source_in_another_region_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(OWNER), "wsi-europe0001", "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_an_account_the_image_is_shared_with_and_a_stranger_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(RECIPIENT), "wsi-outdated01", "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(STRANGER), "wsi-outdated01", "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_a_pending_or_failed_source_with_InvalidResourceState() {
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(OWNER), "wsi-pendupd001", "x"),
        InvalidResourceStateException.class,
        "InvalidResourceStateException");
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(OWNER), "wsi-errorupd01", "x"),
        InvalidResourceStateException.class,
        "InvalidResourceStateException");
  }

  @Test
  void rejects_a_linux_source_with_OperationNotSupported() {
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(OWNER), "wsi-linuxupd01", "x"),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
  }

  @Test
  void rejects_a_source_without_an_update_available_with_InvalidParameterValues() {
    for (String source : List.of("wsi-current001", "wsi-noupdates1")) {
      WorkSpacesException error =
          rejectsWithoutChange(
              aws.mock(),
              () -> update(aws.as(OWNER), source, "x"),
              InvalidParameterValuesException.class,
              "InvalidParameterValuesException");
      assertThat(AwsErrors.messageOf(error))
          .contains(source + " has no updates available")
          .contains("DescribeWorkspaceImages");
    }
  }

  @Test
  void rejects_a_name_the_caller_already_uses_in_the_region_with_ResourceAlreadyExists() {
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(OWNER), "wsi-outdated01", "golden"),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }

  @Test
  void rejects_the_41st_owned_image_in_a_region_with_ResourceLimitExceeded() {
    rejectsWithoutChange(
        aws.mock(),
        () -> update(aws.as(FULL), "wsi-fullupd001", "one-more"),
        ResourceLimitExceededException.class,
        "ResourceLimitExceededException");
  }

  @Test
  void rejects_reserved_tag_keys_and_too_many_tags() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .createUpdatedWorkspaceImage(
                    r ->
                        r.sourceImageId("wsi-outdated01")
                            .name("x")
                            .description("x")
                            .tags(Tag.builder().key("aws:owner").value("me").build())),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
    List<Tag> tooMany =
        IntStream.range(0, 51)
            .mapToObj(n -> Tag.builder().key("k" + n).value("v").build())
            .toList();
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .createUpdatedWorkspaceImage(
                    r ->
                        r.sourceImageId("wsi-outdated01").name("x").description("x").tags(tooMany)),
        ResourceLimitExceededException.class,
        "ResourceLimitExceededException");
  }

  @Test
  void rejects_a_request_without_the_description_the_model_requires() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .createUpdatedWorkspaceImage(r -> r.sourceImageId("wsi-outdated01").name("x")),
        WorkSpacesException.class,
        "ValidationException");
  }
}
