package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/** Opt-in eventual consistency, as the recipient and the owner see it through SDK v2. */
class ConsistencyTests {
  static final String OWNER = FaultsTests.OWNER;
  static final String RECIPIENT = FaultsTests.RECIPIENT;
  static final String IMAGE = FaultsTests.IMAGE;

  @Test
  void a_new_share_reaches_the_recipient_only_after_the_delay_and_the_describes() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder().clock(clock).seed(FaultsTests.SEED).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER);
        WorkSpacesClient recipient = SdkClients.forAccount(mock, RECIPIENT)) {
      mock.consistency(new Consistency(Duration.ofSeconds(30), 2, 0));
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));

      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).isEmpty(); // look 1
      assertThat(recipient.describeWorkspaceImages(r -> r.imageIds(IMAGE)).images())
          .isEmpty(); // look 2
      assertThat(recipient.describeWorkspaceImages(r -> {}).images())
          .isEmpty(); // looks done, 30 s not passed
      clock.advance(Duration.ofSeconds(30));
      assertThat(recipient.describeWorkspaceImages(r -> {}).images())
          .extracting(WorkspaceImage::imageId)
          .containsExactly(IMAGE);
      // the owner's own view is never behind
      assertThat(owner.describeWorkspaceImagePermissions(r -> r.imageId(IMAGE)).imagePermissions())
          .hasSize(1);
    }
  }

  @Test
  void a_recipient_cannot_copy_a_new_share_before_it_can_see_it() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder()
                .clock(clock)
                .imageReadyAfter(Duration.ZERO)
                .seed(FaultsTests.SEED)
                .start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER);
        WorkSpacesClient recipient = SdkClients.forAccount(mock, RECIPIENT)) {
      mock.consistency(new Consistency(Duration.ofSeconds(30), 1, 0));
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));

      assertThatThrownBy(() -> copy(recipient)).isInstanceOf(ResourceNotFoundException.class);
      clock.advance(Duration.ofSeconds(30));
      assertThatThrownBy(() -> copy(recipient))
          .as("a refused copy is not a look: one describe is still owed")
          .isInstanceOf(ResourceNotFoundException.class);
      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).isEmpty(); // the one look
      assertThat(copy(recipient)).startsWith("wsi-");
      assertThat(mock.images("us-east-1"))
          .filteredOn(i -> RECIPIENT.equals(i.ownerAccountId()))
          .hasSize(1);
    }
  }

  private static String copy(WorkSpacesClient recipient) {
    return recipient
        .copyWorkspaceImage(r -> r.sourceImageId(IMAGE).sourceRegion("us-east-1").name("mine"))
        .imageId();
  }

  @Test
  void after_a_mock_reset_a_share_is_visible_at_once_again() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(FaultsTests.SEED).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER);
        WorkSpacesClient recipient = SdkClients.forAccount(mock, RECIPIENT)) {
      mock.consistency(new Consistency(Duration.ofHours(1), 5, 0));
      mock.reset();
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));

      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).hasSize(1);
    }
  }

  @Test
  void a_new_image_stays_pending_for_the_first_describes_even_when_ready() {
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder().imageReadyAfter(Duration.ZERO).seed(FaultsTests.SEED).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER)) {
      mock.consistency(new Consistency(Duration.ZERO, 0, 2));
      String copy =
          owner
              .copyWorkspaceImage(
                  r -> r.sourceImageId(IMAGE).sourceRegion("us-east-1").name("copy"))
              .imageId();

      assertThat(stateOf(owner, copy)).isEqualTo("PENDING");
      assertThat(stateOf(owner, copy)).isEqualTo("PENDING");
      assertThat(stateOf(owner, copy)).isEqualTo("AVAILABLE");
      assertThat(stateOf(owner, IMAGE)).isEqualTo("AVAILABLE"); // seeded images are not new
    }
  }

  private static String stateOf(WorkSpacesClient client, String imageId) {
    return client.describeWorkspaceImages(r -> r.imageIds(imageId)).images().get(0).stateAsString();
  }
}
