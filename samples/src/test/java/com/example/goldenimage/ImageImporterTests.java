package com.example.goldenimage;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ManualClock;
import dev.wsmock.Operation;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import dev.wsmock.junit5.Account;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * {@link ImageImporter} on the recipient's side. Copies take 45 minutes, as in AWS, on a manual clock: the tests move
 * time themselves and never wait.
 */
@WorkSpacesMockTest(
    seed = "classpath:seeds/golden-images.json",
    clock = ClockMode.MANUAL,
    imageReadyAfter = "PT45M",
    defaultAccount = ImageImporterTests.RECIPIENT)
class ImageImporterTests implements KeepsToTheServiceContract {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";
  static final String REGION = "us-east-1";
  static final String GOLDEN = "wsi-golden0001";

  /** Looks, and while the copy is still PENDING moves the mock's clock ten minutes on. */
  static CopyWait advancing(ManualClock clock) {
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
  void copies_the_shared_image_and_waits_until_the_copy_is_available(
      WorkSpacesClient recipient, ManualClock clock, CallJournal journal, WorkSpacesMock mock) {
    ImportResult result =
        new ImageImporter(recipient, advancing(clock)).importShared(GOLDEN, "golden-win11");

    assertThat(result)
        .isInstanceOfSatisfying(
            ImportResult.Imported.class,
            imported -> {
              assertThat(imported.reused()).isFalse();
              assertThat(mock).image(REGION, imported.imageId()).isAvailable().isOwnedBy(RECIPIENT);
            });
    assertThat(journal)
        .calls(Operation.COPY_WORKSPACE_IMAGE)
        .hasSize(1)
        .first()
        .wasMadeBy(RECIPIENT)
        .hasRequestMember("SourceImageId", GOLDEN)
        .hasRequestMember("SourceRegion", REGION)
        .hasRequestMember("Name", "golden-win11")
        .succeeded();
  }

  @Test
  void finds_the_shared_image_beyond_the_first_page(
      WorkSpacesClient recipient, ManualClock clock, CallJournal journal, Given given) {
    // GIVEN 31 images shared with the recipient; AWS lists 25 to a page, and the one we want comes
    // last
    for (int i = 1; i <= 30; i++) {
      given.image(
          String.format("wsi-bulk%05d", i), image -> image.ownedBy(OWNER).sharedWith(RECIPIENT));
    }
    given.image("wsi-zzlastone1", image -> image.ownedBy(OWNER).sharedWith(RECIPIENT));

    ImportResult result =
        new ImageImporter(recipient, advancing(clock)).importShared("wsi-zzlastone1", "late-one");

    assertThat(result).isInstanceOf(ImportResult.Imported.class);
    assertThat(journal.calls(Operation.DESCRIBE_WORKSPACE_IMAGES))
        .filteredOn(call -> "SHARED".equals(call.requestMember("ImageType")))
        .hasSize(2);
  }

  @Test
  void reports_a_copy_that_ends_in_ERROR_with_AWS_codes(
      WorkSpacesClient recipient, ManualClock clock, WorkSpacesMock mock) {
    // GIVEN the copy fails validation while the importer waits for it
    CopyWait failsWhileWaiting =
        latest -> {
          var pending = latest.get();
          mock.forceError(
              REGION,
              pending.imageId(),
              "ImageValidationFailed",
              "The image failed validation.",
              new ImageErrorDetail("OfficeInstalled", "Office is installed on the image."));
          return advancing(clock).untilSettled(latest);
        };

    ImportResult result =
        new ImageImporter(recipient, failsWhileWaiting).importShared(GOLDEN, "golden-win11");

    assertThat(result)
        .isInstanceOfSatisfying(
            ImportResult.CopyFailed.class,
            failed -> {
              assertThat(failed.errorCode()).isEqualTo("ImageValidationFailed");
              assertThat(failed.errorMessage()).isEqualTo("The image failed validation.");
              assertThat(failed.detailCodes()).containsExactly("OfficeInstalled");
            });
  }

  @Test
  void a_copy_retried_after_a_lost_response_leaves_exactly_one_copy(
      WorkSpacesClient recipient, ManualClock clock, CallJournal journal, WorkSpacesMock mock) {
    // GIVEN the copy is made, but its answer is lost and the SDK sends CopyWorkspaceImage again
    mock.faults()
        .add(
            FaultRule.when(new Trigger.OperationIs(Operation.COPY_WORKSPACE_IMAGE))
                .then(new Effect.LostResponse(Effect.internalFailure()))
                .times(1)
                .named("copy answer lost"));

    // WHEN
    ImportResult result =
        new ImageImporter(recipient, advancing(clock)).importShared(GOLDEN, "golden-win11");

    // THEN the retry's ResourceAlreadyExists is recognised as our own copy, and there is one copy
    assertThat(result).isInstanceOf(ImportResult.Imported.class);
    assertThat(journal)
        .calls(Operation.COPY_WORKSPACE_IMAGE)
        .hasSize(2)
        .last()
        .failedWith("ResourceAlreadyExistsException");
    assertThat(mock.images(REGION))
        .filteredOn(i -> i.ownerAccountId().equals(RECIPIENT))
        .hasSize(1);
  }

  @Test
  void a_rerun_reuses_the_copy_it_already_made(
      WorkSpacesClient recipient, ManualClock clock, CallJournal journal) {
    ImageImporter importer = new ImageImporter(recipient, advancing(clock));
    ImportResult first = importer.importShared(GOLDEN, "golden-win11");

    ImportResult second = importer.importShared(GOLDEN, "golden-win11");

    assertThat(second)
        .isEqualTo(new ImportResult.Imported(((ImportResult.Imported) first).imageId(), true));
    assertThat(journal).calls(Operation.COPY_WORKSPACE_IMAGE).hasSize(1);
  }

  @Test
  void does_not_adopt_an_unrelated_image_that_has_the_wanted_name(
      WorkSpacesClient recipient, ManualClock clock, CallJournal journal, Given given) {
    given.image("wsi-homegrown1", i -> i.name("golden-win11"));

    ImportResult result =
        new ImageImporter(recipient, advancing(clock)).importShared(GOLDEN, "golden-win11");

    assertThat(result).isEqualTo(new ImportResult.NameTaken("golden-win11", "wsi-homegrown1"));
    assertThat(journal).calls(Operation.COPY_WORKSPACE_IMAGE).isEmpty();
  }

  @Test
  void reports_an_image_that_is_not_shared_with_the_account(
      @Account("999999999999") WorkSpacesClient stranger, ManualClock clock, CallJournal journal) {
    ImportResult result =
        new ImageImporter(stranger, advancing(clock)).importShared(GOLDEN, "golden-win11");

    assertThat(result).isEqualTo(new ImportResult.NotShared(GOLDEN, REGION));
    assertThat(journal).hasNoCallsBy(RECIPIENT);
  }

  @Test
  void copies_across_regions_with_SourceRegion(
      WorkSpacesClient inSource,
      @Account(value = RECIPIENT, region = "eu-west-1") WorkSpacesClient inDestination,
      ManualClock clock,
      CallJournal journal,
      WorkSpacesMock mock) {
    ImportResult result =
        new ImageImporter(inSource, inDestination, advancing(clock))
            .importShared(GOLDEN, "golden-win11");

    assertThat(result)
        .isInstanceOfSatisfying(
            ImportResult.Imported.class,
            imported ->
                assertThat(mock)
                    .image("eu-west-1", imported.imageId())
                    .isAvailable()
                    .isOwnedBy(RECIPIENT));
    assertThat(journal)
        .calls(Operation.COPY_WORKSPACE_IMAGE)
        .hasSize(1)
        .first()
        .wasMadeIn("eu-west-1")
        .hasRequestMember("SourceRegion", REGION);
  }
}
