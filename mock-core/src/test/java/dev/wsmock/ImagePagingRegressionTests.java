package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;

/** Found by the contract work: the second page crashed (500) for an account that had nothing shared with it. */
class ImagePagingRegressionTests {
  @Test
  void an_owner_with_nothing_shared_pages_through_all_its_images() {
    Seed.Builder seed = Seed.builder();
    for (int i = 0; i < 30; i++) {
      seed.image(String.format("wsi-golden%04d", i), "111111111111", "us-east-1");
    }
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed.build()).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, "111111111111")) {
      List<String> ids = new ArrayList<>();
      DescribeWorkspaceImagesResponse page = owner.describeWorkspaceImages(r -> {});
      page.images().forEach(i -> ids.add(i.imageId()));
      String token = page.nextToken();
      page = owner.describeWorkspaceImages(r -> r.nextToken(token));
      page.images().forEach(i -> ids.add(i.imageId()));

      assertThat(ids).hasSize(30).doesNotHaveDuplicates();
      assertThat(page.nextToken()).isNull();
    }
  }
}
