package dev.wsmock;

import static dev.wsmock.MockHarness.OTHER_REGION;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static dev.wsmock.SeedFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesRequest;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageRequiredTenancy;

/** What DescribeWorkspaceImages shows to whom: owned and shared images, filters, foreign ids, regions. */
class DescribeWorkspaceImagesTests {
  static final Seed SEED =
      Seed.builder()
          .image(
              "wsi-recown0001", RECIPIENT, REGION, i -> i.created(T0.plusSeconds(30)).name("own"))
          .image(
              "wsi-golden0001",
              OWNER,
              REGION,
              i ->
                  i.created(T0.plusSeconds(10))
                      .name("golden")
                      .description("Golden image")
                      .byol()
                      .sharedWith(RECIPIENT))
          .image(
              "wsi-golden0002",
              OWNER,
              REGION,
              i -> i.created(T0.plusSeconds(20)).sharedWith(STRANGER))
          .image(
              "wsi-samesec001",
              OWNER,
              REGION,
              i -> i.created(T0.plusSeconds(10)).sharedWith(RECIPIENT))
          .image("wsi-europe0001", OWNER, OTHER_REGION, i -> i.sharedWith(RECIPIENT))
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static List<String> seenBy(
      String account, Consumer<DescribeWorkspaceImagesRequest.Builder> request) {
    return aws.as(account).describeWorkspaceImages(request).images().stream()
        .map(WorkspaceImage::imageId)
        .toList();
  }

  @Test
  void lists_owned_and_shared_images_in_created_then_id_order() {
    assertThat(seenBy(RECIPIENT, r -> {}))
        .containsExactly("wsi-golden0001", "wsi-samesec001", "wsi-recown0001");
  }

  @Test
  void OWNED_and_SHARED_filter_by_relationship() {
    assertThat(seenBy(RECIPIENT, r -> r.imageType(ImageType.OWNED)))
        .containsExactly("wsi-recown0001");
    assertThat(seenBy(RECIPIENT, r -> r.imageType(ImageType.SHARED)))
        .containsExactly("wsi-golden0001", "wsi-samesec001");
    assertThat(seenBy(OWNER, r -> r.imageType(ImageType.SHARED))).isEmpty();
  }

  @Test
  void ImageIds_and_ImageType_combine_with_AND() {
    assertThat(
            seenBy(
                RECIPIENT,
                r -> r.imageIds("wsi-golden0001", "wsi-recown0001").imageType(ImageType.OWNED)))
        .containsExactly("wsi-recown0001");
    assertThat(
            seenBy(
                RECIPIENT,
                r -> r.imageIds("wsi-golden0001", "wsi-recown0001").imageType(ImageType.SHARED)))
        .containsExactly("wsi-golden0001");
  }

  @Test
  void unknown_foreign_and_unshared_ids_are_silently_left_out() {
    assertThat(
            seenBy(
                RECIPIENT, r -> r.imageIds("wsi-golden0001", "wsi-nosuch0001", "wsi-golden0002")))
        .containsExactly("wsi-golden0001");
    assertThat(seenBy(STRANGER, r -> r.imageIds("wsi-golden0001"))).isEmpty();
  }

  @Test
  void a_shared_image_shows_its_owner_and_original_created_time() {
    WorkspaceImage shared =
        aws.as(RECIPIENT)
            .describeWorkspaceImages(r -> r.imageIds("wsi-golden0001"))
            .images()
            .get(0);

    assertThat(shared.ownerAccountId()).isEqualTo(OWNER);
    assertThat(shared.created()).isEqualTo(T0.plusSeconds(10));
    assertThat(shared.name()).isEqualTo("golden");
    assertThat(shared.description()).isEqualTo("Golden image");
    assertThat(shared.requiredTenancy()).isEqualTo(WorkspaceImageRequiredTenancy.DEDICATED);
    assertThat(shared.stateAsString()).isEqualTo("AVAILABLE");
    assertThat(shared.operatingSystem().typeAsString()).isEqualTo("WINDOWS");
  }

  @Test
  void regions_are_isolated() {
    assertThat(seenBy(OWNER, r -> r.imageIds("wsi-europe0001"))).isEmpty();
    assertThat(aws.as(RECIPIENT, OTHER_REGION).describeWorkspaceImages(r -> {}).images())
        .extracting(WorkspaceImage::imageId)
        .containsExactly("wsi-europe0001");
    assertThat(aws.as(RECIPIENT, "ap-southeast-2").describeWorkspaceImages(r -> {}).images())
        .isEmpty();
  }

  @Test
  void an_account_with_nothing_gets_an_empty_list_and_no_token() {
    var result = aws.as("999999999999").describeWorkspaceImages(r -> {});

    assertThat(result.images()).isEmpty();
    assertThat(result.nextToken()).isNull();
  }
}
