package com.example.goldenimage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.ManualClock;
import dev.wsmock.Operation;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

class ImageImporterTests {
  private static final String OWNER = "111111111111";
  private static final String RECIPIENT = "222222222222";
  private static final String REGION = "us-east-1";
  private static final String GOLDEN = "wsi-golden0001";

  /** Copies take 45 minutes, as in AWS, on a clock that moves only when the test moves it. */
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-15T09:00:00Z"));
  private WorkSpacesMock mock;

  @BeforeEach
  void start_mock() {
    mock = WorkSpacesMock.builder()
        .clock(clock)
        .imageReadyAfter(Duration.ofMinutes(45))
        .seedResource("seeds/golden-images.json")
        .start();
  }

  @AfterEach
  void stop_mock() {
    mock.close();
  }

  /** Looks, and if the copy is still PENDING moves the mock's clock ten minutes on: no test ever waits. */
  private CopyWait advancingTheClock() {
    return latest -> {
      var image = latest.get();
      for (int look = 0; look < 12 && !CopyWait.isSettled(image); look++) {
        clock.advance(Duration.ofMinutes(10));
        image = latest.get();
      }
      return image;
    };
  }

  @Test
  void copies_the_shared_image_and_waits_until_the_copy_is_available() {
    try (WorkSpacesClient recipient = SampleClients.forAccount(mock, RECIPIENT, REGION)) {
      ImportResult result = new ImageImporter(recipient, advancingTheClock()).importShared(GOLDEN, "golden-win11");

      assertThat(result).isInstanceOfSatisfying(ImportResult.Imported.class, imported -> {
        assertThat(imported.reused()).isFalse();
        WorkspaceImage copy = mock.image(REGION, imported.imageId()).orElseThrow();
        assertThat(copy.ownerAccountId()).isEqualTo(RECIPIENT);
        assertThat(copy.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(copy.name()).isEqualTo("golden-win11");
      });
      assertThat(mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE))
          .singleElement()
          .satisfies(call -> {
            assertThat(call.requestMember("SourceImageId")).isEqualTo(GOLDEN);
            assertThat(call.requestMember("SourceRegion")).isEqualTo(REGION);
          });
    }
  }

  @Test
  void waits_for_the_copy_with_Awaitility_on_the_real_clock() {
    try (WorkSpacesMock realTime = WorkSpacesMock.builder()
            .imageReadyAfter(Duration.ofMillis(300))
            .seedResource("seeds/golden-images.json")
            .start();
         WorkSpacesClient recipient = SampleClients.forAccount(realTime, RECIPIENT, REGION)) {
      CopyWait awaitility = latest -> await("copy settles")
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(50))
          .until(latest::get, CopyWait::isSettled);

      ImportResult result = new ImageImporter(recipient, awaitility).importShared(GOLDEN, "golden-win11");

      assertThat(result).isInstanceOf(ImportResult.Imported.class);
    }
  }

  @Test
  void finds_the_shared_image_beyond_the_first_page() {
    // GIVEN 30 images shared with the recipient; AWS lists 25 to a page, and the one we want comes last
    Seed.Builder seed = Seed.builder();
    for (int i = 1; i <= 30; i++) {
      String id = String.format("wsi-bulk%05d", i);
      seed.image(id, OWNER, REGION, image -> image.sharedWith(RECIPIENT));
    }
    seed.image("wsi-zzlastone1", OWNER, REGION, image -> image.sharedWith(RECIPIENT));
    mock.seed(seed.build());

    try (WorkSpacesClient recipient = SampleClients.forAccount(mock, RECIPIENT, REGION)) {
      ImportResult result = new ImageImporter(recipient, advancingTheClock()).importShared("wsi-zzlastone1", "late-one");

      assertThat(result).isInstanceOf(ImportResult.Imported.class);
      assertThat(mock.journal().calls(Operation.DESCRIBE_WORKSPACE_IMAGES))
          .filteredOn(call -> "SHARED".equals(call.requestMember("ImageType")))
          .hasSize(2);
    }
  }

  @Test
  void reports_a_copy_that_ends_in_ERROR_with_AWS_codes() {
    // GIVEN the copy fails validation while the importer waits for it
    CopyWait failsWhileWaiting = latest -> {
      var pending = latest.get();
      mock.forceError(REGION, pending.imageId(), "ImageValidationFailed", "The image failed validation.",
          new ImageErrorDetail("OfficeInstalled", "Office is installed on the image."));
      return advancingTheClock().untilSettled(latest);
    };

    try (WorkSpacesClient recipient = SampleClients.forAccount(mock, RECIPIENT, REGION)) {
      ImportResult result = new ImageImporter(recipient, failsWhileWaiting).importShared(GOLDEN, "golden-win11");

      assertThat(result).isInstanceOfSatisfying(ImportResult.CopyFailed.class, failed -> {
        assertThat(failed.errorCode()).isEqualTo("ImageValidationFailed");
        assertThat(failed.errorMessage()).isEqualTo("The image failed validation.");
        assertThat(failed.detailCodes()).containsExactly("OfficeInstalled");
      });
    }
  }

  @Test
  void a_copy_retried_after_a_lost_response_leaves_exactly_one_copy() {
    // GIVEN the copy is made, but its response is lost and the SDK sends CopyWorkspaceImage again
    LostResponse lost = LostResponse.ofFirst("CopyWorkspaceImage");
    try (WorkSpacesClient recipient = SampleClients.forAccount(mock, RECIPIENT, REGION, lost)) {
      // WHEN
      ImportResult result = new ImageImporter(recipient, advancingTheClock()).importShared(GOLDEN, "golden-win11");

      // THEN the retry's ResourceAlreadyExists is recognised as our own copy
      assertThat(lost.fired()).isTrue();
      assertThat(mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE))
          .extracting(c -> c.errorCode())
          .containsExactly(null, "ResourceAlreadyExistsException");
      assertThat(result).isInstanceOf(ImportResult.Imported.class);
      assertThat(copiesOwnedByRecipient()).hasSize(1);
    }
  }

  @Test
  void a_rerun_reuses_the_copy_it_already_made() {
    try (WorkSpacesClient recipient = SampleClients.forAccount(mock, RECIPIENT, REGION)) {
      ImageImporter importer = new ImageImporter(recipient, advancingTheClock());
      ImportResult first = importer.importShared(GOLDEN, "golden-win11");

      ImportResult second = importer.importShared(GOLDEN, "golden-win11");

      assertThat(second).isEqualTo(new ImportResult.Imported(((ImportResult.Imported) first).imageId(), true));
      assertThat(mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE)).hasSize(1);
    }
  }

  @Test
  void does_not_adopt_an_unrelated_image_that_has_the_wanted_name() {
    mock.seed(Seed.builder().image("wsi-homegrown1", RECIPIENT, REGION, i -> i.name("golden-win11")).build());

    try (WorkSpacesClient recipient = SampleClients.forAccount(mock, RECIPIENT, REGION)) {
      ImportResult result = new ImageImporter(recipient, advancingTheClock()).importShared(GOLDEN, "golden-win11");

      assertThat(result).isEqualTo(new ImportResult.NameTaken("golden-win11", "wsi-homegrown1"));
      assertThat(mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE)).isEmpty();
    }
  }

  @Test
  void reports_an_image_that_is_not_shared_with_the_account() {
    try (WorkSpacesClient stranger = SampleClients.forAccount(mock, "999999999999", REGION)) {
      ImportResult result = new ImageImporter(stranger, advancingTheClock()).importShared(GOLDEN, "golden-win11");

      assertThat(result).isEqualTo(new ImportResult.NotShared(GOLDEN, REGION));
    }
  }

  @Test
  void copies_across_regions_with_SourceRegion() {
    try (WorkSpacesClient inSource = SampleClients.forAccount(mock, RECIPIENT, REGION);
         WorkSpacesClient inDestination = SampleClients.forAccount(mock, RECIPIENT, "eu-west-1")) {
      ImportResult result = new ImageImporter(inSource, inDestination, advancingTheClock())
          .importShared(GOLDEN, "golden-win11");

      assertThat(result).isInstanceOfSatisfying(ImportResult.Imported.class,
          imported -> assertThat(mock.image("eu-west-1", imported.imageId())).isPresent());
      assertThat(mock.journal().calls(Operation.COPY_WORKSPACE_IMAGE))
          .singleElement()
          .satisfies(call -> {
            assertThat(call.region()).isEqualTo("eu-west-1");
            assertThat(call.requestMember("SourceRegion")).isEqualTo(REGION);
          });
    }
  }

  private List<WorkspaceImage> copiesOwnedByRecipient() {
    return mock.images(REGION).stream().filter(i -> i.ownerAccountId().equals(RECIPIENT)).toList();
  }
}
