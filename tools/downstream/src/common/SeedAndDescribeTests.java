package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageState;

@WorkSpacesMockTest
class SeedAndDescribeTests {

  @Test
  void describes_the_image_the_test_seeded(Given given, WorkSpacesClient workspaces) {
    given.image("wsi-dstream001", image -> image.name("golden-win11"));

    assertThat(workspaces.describeWorkspaceImages(r -> r.imageIds("wsi-dstream001")).images())
        .extracting(WorkspaceImage::imageId, WorkspaceImage::name, WorkspaceImage::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "wsi-dstream001", "golden-win11", WorkspaceImageState.AVAILABLE));
  }

  @Test
  void an_image_nobody_seeded_is_not_there(WorkSpacesClient workspaces) {
    assertThat(workspaces.describeWorkspaceImages(r -> r.imageIds("wsi-dstream001")).images())
        .isEmpty();
  }
}
