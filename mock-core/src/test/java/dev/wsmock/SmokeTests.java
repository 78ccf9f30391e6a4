package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

class SmokeTests {
  @Test
  void owner_shares_and_recipient_sees_the_image() {
    Seed seed = Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1", i -> i.name("golden")).build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, "111111111111");
        WorkSpacesClient recipient = SdkClients.forAccount(mock, "222222222222")) {
      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).isEmpty();
      owner.updateWorkspaceImagePermission(r -> r.imageId("wsi-golden0001").sharedAccountId("222222222222").allowCopyImage(true));
      var seen = recipient.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images();
      assertThat(seen).singleElement().satisfies(i -> {
        assertThat(i.imageId()).isEqualTo("wsi-golden0001");
        assertThat(i.ownerAccountId()).isEqualTo("111111111111");
      });
      assertThatThrownBy(() -> recipient.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")))
          .isInstanceOf(ResourceNotFoundException.class);
      assertThat(owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")).imagePermissions())
          .extracting(p -> p.sharedAccountId()).containsExactly("222222222222");
      System.out.println(mock.journal().timeline());
    }
  }
}
