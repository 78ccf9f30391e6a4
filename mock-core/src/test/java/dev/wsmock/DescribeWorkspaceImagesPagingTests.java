package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

class DescribeWorkspaceImagesPagingTests {
  @Test
  void pages_through_owned_images_of_an_account_that_has_nothing_shared_with_it() {
    Seed seed =
        Seed.builder()
            .image("wsi-paging0001", "111111111111", "us-east-1")
            .image("wsi-paging0002", "111111111111", "us-east-1")
            .image("wsi-paging0003", "111111111111", "us-east-1")
            .build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, "111111111111")) {
      assertThat(allPages(owner))
          .containsExactly("wsi-paging0001", "wsi-paging0002", "wsi-paging0003");
    }
  }

  @Test
  void pages_through_shared_images_of_an_account_that_owns_none() {
    Seed seed =
        Seed.builder()
            .image("wsi-paging0001", "111111111111", "us-east-1", i -> i.sharedWith("222222222222"))
            .image("wsi-paging0002", "111111111111", "us-east-1", i -> i.sharedWith("222222222222"))
            .image("wsi-paging0003", "111111111111", "us-east-1", i -> i.sharedWith("222222222222"))
            .build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
        WorkSpacesClient recipient = SdkClients.forAccount(mock, "222222222222")) {
      assertThat(allPages(recipient))
          .containsExactly("wsi-paging0001", "wsi-paging0002", "wsi-paging0003");
    }
  }

  /** Follows NextToken with pages of 2, as the boto3 paginator does (SDK v2 has no paginator for this operation). */
  private static List<String> allPages(WorkSpacesClient client) {
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      DescribeWorkspaceImagesResponse page =
          client.describeWorkspaceImages(r -> r.maxResults(2).nextToken(next));
      page.images().stream().map(WorkspaceImage::imageId).forEach(seen::add);
      token = page.nextToken();
    } while (token != null);
    return seen;
  }
}
