package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

@ExtendWith(WorkSpacesMockExtension.class)
class ExtendWithTests {

  @Test
  void the_extension_named_in_extend_with_injects_a_client(Given given, WorkSpacesClient client) {
    given.image("wsi-dstream004", image -> image.name("extend-with"));

    assertThat(client.describeWorkspaceImages(r -> r.imageIds("wsi-dstream004")).images())
        .extracting(WorkspaceImage::name)
        .containsExactly("extend-with");
  }
}
