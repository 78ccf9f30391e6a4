package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

class RegisteredExtensionTests {
  static final String OWNER = "333333333333";

  @RegisterExtension
  static WorkSpacesMockExtension workspaces =
      WorkSpacesMockExtension.builder().defaultAccount(OWNER).region("eu-west-1").build();

  @Test
  void clients_call_as_the_default_account_in_the_default_region(
      Given given, WorkSpacesClient client) {
    given.image("wsi-dstream003");

    assertThat(client.describeWorkspaceImages(r -> r.imageType(ImageType.OWNED)).images())
        .extracting(WorkspaceImage::imageId, WorkspaceImage::ownerAccountId)
        .containsExactly(tuple("wsi-dstream003", OWNER));
  }
}
