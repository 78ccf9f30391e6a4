package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/** Bugs the hardening tests found, pinned through the real SDK. */
class HardeningRegressionTests {
  @Test
  void pages_through_owned_images_of_an_account_that_has_no_shared_images() {
    // Found by SharingModelTests: the second page walked the JDK's comparator-less empty set and answered 500.
    Seed seed = Seed.builder()
        .image("wsi-golden0001", "111111111111", "us-east-1", i -> i.name("golden-1"))
        .image("wsi-golden0002", "111111111111", "us-east-1", i -> i.name("golden-2"))
        .build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, "111111111111")) {
      List<String> ids = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        var page = owner.describeWorkspaceImages(r -> r.maxResults(1).nextToken(next));
        page.images().stream().map(WorkspaceImage::imageId).forEach(ids::add);
        token = page.nextToken();
      } while (token != null);
      assertThat(ids).containsExactly("wsi-golden0001", "wsi-golden0002");
      assertThat(mock.journal().failures()).isEmpty();
    }
  }
}
