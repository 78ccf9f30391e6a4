package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;

/** Found while building the pagination-under-throttling scenario: page 2 used to answer 500. */
class DescribeWorkspaceImagesPagingTests {

  @Test
  void page_two_works_for_an_owner_that_has_nothing_shared_with_it() {
    Seed.Builder seed = Seed.builder();
    for (int i = 1; i <= 30; i++) {
      Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
      seed.image(String.format("wsi-page%07d", i), "111111111111", "us-east-1", b -> b.created(created));
    }
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed.build()).start();
        WorkSpacesClient owner = SdkClients.forAccount(mock, "111111111111")) {
      DescribeWorkspaceImagesResponse first = owner.describeWorkspaceImages(r -> {});
      DescribeWorkspaceImagesResponse second = owner.describeWorkspaceImages(r -> r.nextToken(first.nextToken()));

      assertThat(first.images()).hasSize(25);
      assertThat(second.images()).hasSize(5);
      assertThat(second.nextToken()).isNull();
    }
  }
}
