package dev.wsmock.junit5;

import static dev.wsmock.junit5.WorkSpacesConditions.awaitMock;
import static dev.wsmock.junit5.WorkSpacesConditions.callArrived;
import static dev.wsmock.junit5.WorkSpacesConditions.imageIsAvailable;
import static dev.wsmock.junit5.WorkSpacesConditions.imageState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.CallJournal;
import dev.wsmock.ImageState;
import dev.wsmock.Operation;
import dev.wsmock.WorkSpacesMock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesAsyncClient;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CopyWorkspaceImageResponse;

/** Waiting for background state with Awaitility's own until, on the system clock. */
@WorkSpacesMockTest(defaultAccount = Kit.OWNER, imageReadyAfter = "PT0.5S")
class WorkSpacesConditionsTests {

  @Test
  void waits_until_a_copied_image_becomes_available(
      Given given,
      @Account(value = Kit.OWNER, region = "us-west-2") WorkSpacesClient west,
      WorkSpacesMock mock) {
    given.image("wsi-golden0001");
    String copy =
        west.copyWorkspaceImage(
                r -> r.name("copy").sourceImageId("wsi-golden0001").sourceRegion("us-east-1"))
            .imageId();
    // No "it is PENDING now" check: on the system clock that would be a timing assertion
    // (ManualClock tests do it).

    awaitMock().until(imageIsAvailable(mock, "us-west-2", copy));

    awaitMock()
        .atMost(Duration.ofSeconds(1))
        .until(imageState(mock, "us-west-2", copy), s -> s == ImageState.AVAILABLE);
  }

  @Test
  void waits_until_a_call_arrives_from_another_thread(
      Given given,
      @Account(value = Kit.OWNER, region = "us-west-2") WorkSpacesAsyncClient west,
      CallJournal journal) {
    given.image("wsi-golden0001");

    CompletableFuture<CopyWorkspaceImageResponse> copy =
        west.copyWorkspaceImage(
            r -> r.name("copy").sourceImageId("wsi-golden0001").sourceRegion("us-east-1"));

    awaitMock().until(callArrived(journal, Operation.COPY_WORKSPACE_IMAGE));
    assertThat(copy.join().imageId()).startsWith("wsi-");
  }

  @Test
  void times_out_when_the_condition_never_holds(WorkSpacesMock mock) {
    assertThatThrownBy(
            () ->
                awaitMock()
                    .atMost(Duration.ofMillis(100))
                    .until(imageIsAvailable(mock, "us-east-1", "wsi-nosuchimg01")))
        .isInstanceOf(ConditionTimeoutException.class)
        .hasMessageContaining("WorkSpaces mock");
  }
}
