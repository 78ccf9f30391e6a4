package com.example.goldenimage;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WorkSpacesConditions;
import dev.wsmock.junit5.WorkSpacesMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The same importer on the system clock, waited for with Awaitility: the mock is configured in code with
 * {@link WorkSpacesMockExtension}, the programmatic form of {@code @WorkSpacesMockTest}.
 */
class ImageImporterAwaitilityTests implements KeepsToTheServiceContract {
  @RegisterExtension
  static final WorkSpacesMockExtension workspaces =
      WorkSpacesMockExtension.builder()
          .seedResource("seeds/golden-images.json")
          .defaultAccount(ImageImporterTests.RECIPIENT)
          .imageReadyAfter(Duration.ofMillis(300))
          .build();

  @Test
  void waits_for_the_copy_with_Awaitility(WorkSpacesClient recipient, WorkSpacesMock mock) {
    CopyWait awaitility =
        latest ->
            WorkSpacesConditions.awaitMock()
                .alias("copy settles")
                .until(latest::get, CopyWait::isSettled);

    ImportResult result =
        new ImageImporter(recipient, awaitility)
            .importShared(ImageImporterTests.GOLDEN, "golden-win11");

    assertThat(result)
        .isInstanceOfSatisfying(
            ImportResult.Imported.class,
            imported -> assertThat(mock).image("us-east-1", imported.imageId()).isAvailable());
  }
}
