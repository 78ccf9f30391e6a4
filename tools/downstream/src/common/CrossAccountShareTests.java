package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.wsmock.junit5.Account;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

@WorkSpacesMockTest
class CrossAccountShareTests {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";

  @Test
  void the_recipient_sees_the_image_the_owner_shared(
      Given given,
      @Account(OWNER) WorkSpacesClient owner,
      @Account(RECIPIENT) WorkSpacesClient recipient) {
    given.image("wsi-dstream002", image -> image.ownedBy(OWNER));

    owner.updateWorkspaceImagePermission(
        r -> r.imageId("wsi-dstream002").sharedAccountId(RECIPIENT).allowCopyImage(true));

    assertThat(recipient.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images())
        .extracting(WorkspaceImage::imageId, WorkspaceImage::ownerAccountId)
        .containsExactly(tuple("wsi-dstream002", OWNER));
    assertThat(
            owner
                .describeWorkspaceImagePermissions(r -> r.imageId("wsi-dstream002"))
                .imagePermissions())
        .extracting(ImagePermission::sharedAccountId)
        .containsExactly(RECIPIENT);
  }
}
