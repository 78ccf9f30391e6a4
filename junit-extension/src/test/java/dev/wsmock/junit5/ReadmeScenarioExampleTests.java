package dev.wsmock.junit5;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;

/** The README's scenario and chaos-matrix examples, verbatim, so they keep compiling and passing. */
@WorkSpacesMockTest(defaultAccount = "111111111111", fastRetries = true)
class ReadmeScenarioExampleTests {

  @Test
  @WithScenario("throttle-storm-on-describe")
  void finds_the_golden_image_through_a_throttle_storm(
      WorkSpacesClient owner, CallJournal journal) {
    var images = owner.describeWorkspaceImages(r -> r.imageIds("wsi-golden0001")).images();

    assertThat(images).extracting(i -> i.imageId()).containsExactly("wsi-golden0001");
    assertThat(journal)
        .hasNoContractViolations()
        .calls(Operation.DESCRIBE_WORKSPACE_IMAGES)
        .hasSize(4);
    assertThat(journal.matching(c -> c.faultFired() != null)).hasSize(3);
  }

  @ChaosMatrixTest(
      scenarios = {"throttle-storm-on-describe", "pagination-under-throttling"},
      seeds = {1, 2})
  void lists_every_image_the_owner_has(Scenario scenario, WorkSpacesClient owner) {
    List<String> ids = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      DescribeWorkspaceImagesResponse page = owner.describeWorkspaceImages(r -> r.nextToken(next));
      page.images().forEach(i -> ids.add(i.imageId()));
      token = page.nextToken();
    } while (token != null);

    assertThat(ids).hasSize(scenario.seed().images().size());
  }
}
