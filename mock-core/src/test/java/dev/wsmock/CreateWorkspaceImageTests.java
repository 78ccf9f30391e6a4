package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CreateWorkspaceImageResponse;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/** CreateWorkspaceImage from seeded WorkSpaces, including the suspension while an image is PENDING. */
class CreateWorkspaceImageTests {
  static final Duration DELAY = Duration.ofMinutes(45);
  static final ManualClock CLOCK = ManualClock.at(SeedFixtures.T0);
  static final Seed SEED =
      Seed.builder()
          .workspace(
              "ws-linux0001", OWNER, REGION, w -> w.operatingSystem(OperatingSystemType.LINUX))
          .workspace("ws-stopped01", OWNER, REGION, w -> w.state("STOPPED"))
          .image("wsi-golden0001", OWNER, REGION, i -> i.name("taken"))
          .build();

  @RegisterExtension
  static final MockHarness aws =
      MockHarness.perClass(b -> b.seed(SEED).clock(CLOCK).imageReadyAfter(DELAY));

  private static CreateWorkspaceImageResponse create(
      WorkSpacesClient client, String workspaceId, String name) {
    return client.createWorkspaceImage(
        r -> r.workspaceId(workspaceId).name(name).description("from " + workspaceId));
  }

  @Test
  void creates_a_pending_owned_image_with_the_workspaces_operating_system() {
    CreateWorkspaceImageResponse created = create(aws.as(OWNER), "ws-linux0001", "linux-golden");

    assertThat(created.imageId()).matches("wsi-[0-9a-z]{9}");
    assertThat(created.stateAsString()).isEqualTo("PENDING");
    assertThat(created.ownerAccountId()).isEqualTo(OWNER);
    assertThat(created.operatingSystem().typeAsString()).isEqualTo("LINUX");
    assertThat(created.requiredTenancyAsString()).isEqualTo("DEFAULT");
    assertThat(created.created()).isEqualTo(CLOCK.instant());
    assertThat(aws.image(created.imageId()).description()).isEqualTo("from ws-linux0001");
  }

  @Test
  void rejects_an_unknown_or_foreign_workspace_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "ws-nosuch001", "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(STRANGER), "ws-linux0001", "x"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_a_workspace_that_is_not_available_with_InvalidResourceState() {
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "ws-stopped01", "x"),
        InvalidResourceStateException.class,
        "InvalidResourceStateException");
  }

  @Test
  void the_workspace_is_suspended_while_its_image_is_pending_and_free_again_afterwards() {
    create(aws.as(OWNER), "ws-linux0001", "first");

    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "ws-linux0001", "second"),
        InvalidResourceStateException.class,
        "InvalidResourceStateException");

    CLOCK.advance(DELAY);
    assertThat(create(aws.as(OWNER), "ws-linux0001", "second").stateAsString())
        .isEqualTo("PENDING");
  }

  @Test
  void rejects_a_name_the_caller_already_uses_with_ResourceAlreadyExists() {
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "ws-linux0001", "taken"),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }
}
