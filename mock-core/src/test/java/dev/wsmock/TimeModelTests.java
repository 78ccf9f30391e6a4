package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/** New images are PENDING for exactly the configured delay on the mock's clock; tests can force a state. */
class TimeModelTests {
  static final Duration DELAY = Duration.ofMinutes(45);
  static final ManualClock CLOCK = ManualClock.at(SeedFixtures.T0);
  static final Seed SEED = Seed.builder().image("wsi-golden0001", OWNER, REGION).build();

  @RegisterExtension
  static final MockHarness aws =
      MockHarness.perClass(b -> b.seed(SEED).clock(CLOCK).imageReadyAfter(DELAY));

  private static String copy() {
    return aws.as(OWNER)
        .copyWorkspaceImage(
            r -> r.sourceImageId("wsi-golden0001").sourceRegion(REGION).name("copy"))
        .imageId();
  }

  private static WorkspaceImage described(String imageId) {
    return aws.as(OWNER).describeWorkspaceImages(r -> r.imageIds(imageId)).images().get(0);
  }

  @Test
  void a_new_image_turns_available_exactly_when_the_delay_has_passed() {
    String id = copy();
    assertThat(described(id).stateAsString()).isEqualTo("PENDING");

    CLOCK.advance(DELAY.minusMillis(1));
    assertThat(described(id).stateAsString()).isEqualTo("PENDING");

    CLOCK.advance(Duration.ofMillis(1));
    assertThat(described(id).stateAsString()).isEqualTo("AVAILABLE");
    assertThat(aws.image(id).state()).isEqualTo(ImageState.AVAILABLE);
  }

  @Test
  void a_zero_delay_makes_new_images_available_at_once() {
    try (MockHarness instant = MockHarness.start(SEED)) {
      String id =
          instant
              .as(OWNER)
              .copyWorkspaceImage(
                  r -> r.sourceImageId("wsi-golden0001").sourceRegion(REGION).name("copy"))
              .imageId();

      assertThat(
              instant
                  .as(OWNER)
                  .describeWorkspaceImages(r -> r.imageIds(id))
                  .images()
                  .get(0)
                  .stateAsString())
          .isEqualTo("AVAILABLE");
    }
  }

  @Test
  void forceAvailable_ends_pending_at_once() {
    String id = copy();

    aws.mock().forceAvailable(REGION, id);

    assertThat(described(id).stateAsString()).isEqualTo("AVAILABLE");
  }

  @Test
  void forceError_shows_code_message_and_details_through_the_sdk_and_cancels_the_transition() {
    String id = copy();

    aws.mock()
        .forceError(
            REGION,
            id,
            "ImageCreationFailed",
            "The image could not be created.",
            new ImageErrorDetail("InsufficientDiskSpace", "The image needs more disk space."));
    CLOCK.advance(DELAY);

    WorkspaceImage image = described(id);
    assertThat(image.stateAsString()).isEqualTo("ERROR");
    assertThat(image.errorCode()).isEqualTo("ImageCreationFailed");
    assertThat(image.errorMessage()).isEqualTo("The image could not be created.");
    assertThat(image.errorDetails())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.errorCodeAsString()).isEqualTo("InsufficientDiskSpace");
              assertThat(d.errorMessage()).isEqualTo("The image needs more disk space.");
            });
  }

  @Test
  void forcing_an_unknown_image_names_the_region_it_is_really_in() {
    assertThatThrownBy(() -> aws.mock().forceAvailable("eu-west-1", "wsi-golden0001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("us-east-1");
  }
}
