package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;

/** Found by the benchmarks: a second page for an account that owns images but has none shared with it. */
class PagingBenchmarkRegressionTests {
  @Test
  void pages_past_the_first_for_an_account_with_no_shared_images() {
    Seed.Builder seed = Seed.builder();
    for (int n = 0; n < 30; n++) {
      seed.image(String.format("wsi-%09d", n), "111111111111", "us-east-1");
    }
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed.build()).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, "111111111111")) {
      List<String> ids = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        DescribeWorkspaceImagesResponse page = owner.describeWorkspaceImages(r -> r.maxResults(25).nextToken(next));
        page.images().forEach(i -> ids.add(i.imageId()));
        token = page.nextToken();
      } while (token != null);

      assertThat(ids).hasSize(30).doesNotHaveDuplicates();
    }
  }
}
