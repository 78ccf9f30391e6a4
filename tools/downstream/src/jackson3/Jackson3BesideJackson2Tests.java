package com.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import tools.jackson.databind.json.JsonMapper;

/** The project maps with Jackson 3 while the mock runs on Jackson 2: two majors, one classpath. */
@WorkSpacesMockTest
class Jackson3BesideJackson2Tests {
  record ImageRow(String imageId, String name) {}

  @Test
  void the_test_maps_with_jackson_3_what_the_mock_served_with_jackson_2(
      Given given, WorkSpacesClient workspaces, WorkSpacesMock mock) {
    given.image("wsi-dstream006", image -> image.name("jackson-three"));
    JsonMapper mapper = JsonMapper.builder().build();

    List<ImageRow> rows =
        workspaces.describeWorkspaceImages(r -> r.imageIds("wsi-dstream006")).images().stream()
            .map(image -> new ImageRow(image.imageId(), image.name()))
            .toList();

    assertThat(mapper.writeValueAsString(rows))
        .isEqualTo("[{\"imageId\":\"wsi-dstream006\",\"name\":\"jackson-three\"}]");
    assertThat(mapper.readTree(mock.exportStateJson()).toString()).contains("wsi-dstream006");
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion())
        .isEqualTo(2);
  }
}
