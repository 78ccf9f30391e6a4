package dev.wsmock;

import static dev.wsmock.AwsErrors.messageOf;
import static dev.wsmock.AwsErrors.rejects;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.ValidationException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/** Pages of images and permissions: sizes, tokens and their binding, and stability under change between pages. */
class PaginationTests {
  static final int OWNED = 30;
  static final List<String> SHARE_TARGETS =
      IntStream.range(0, 30).mapToObj(n -> String.format("5000000000%02d", n)).toList();
  static final Seed SEED =
      SeedFixtures.images(Seed.builder(), "own", OWNER, REGION, OWNED)
          .image(
              "wsi-manyshare1",
              RECIPIENT,
              REGION,
              i -> i.sharedWith(SHARE_TARGETS.toArray(String[]::new)))
          .image("wsi-recipient2", RECIPIENT, REGION, i -> i.sharedWith(STRANGER))
          .image(
              "wsi-mixed00001",
              "444444444444",
              REGION,
              i -> i.created(SeedFixtures.T0.plusMillis(1)).sharedWith(STRANGER))
          .image("wsi-mixed00002", STRANGER, REGION, i -> i.created(SeedFixtures.T0.plusMillis(2)))
          .image(
              "wsi-mixed00003",
              "444444444444",
              REGION,
              i -> i.created(SeedFixtures.T0.plusMillis(2)).sharedWith(STRANGER))
          .image("wsi-mixed00004", STRANGER, REGION, i -> i.created(SeedFixtures.T0.plusMillis(3)))
          .image(
              "wsi-mixed00005",
              RECIPIENT,
              REGION,
              i -> i.created(SeedFixtures.T0.plusMillis(4)).sharedWith(STRANGER))
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static DescribeWorkspaceImagesResponse ownedPage(Integer maxResults, String token) {
    return aws.as(OWNER)
        .describeWorkspaceImages(
            r -> r.imageType(ImageType.OWNED).maxResults(maxResults).nextToken(token));
  }

  private static List<String> idsOf(DescribeWorkspaceImagesResponse page) {
    return page.images().stream().map(WorkspaceImage::imageId).toList();
  }

  private static void rejectsToken(ThrowingCallable call) {
    var error =
        rejects(call, InvalidParameterValuesException.class, "InvalidParameterValuesException");
    assertThat(messageOf(error)).isEqualTo("The specified token is invalid.");
  }

  @Test
  void default_page_is_25_and_the_last_page_has_no_token() {
    var first = ownedPage(null, null);
    var second = ownedPage(null, first.nextToken());

    assertThat(first.images()).hasSize(25);
    assertThat(first.nextToken()).isNotNull();
    assertThat(second.images()).hasSize(OWNED - 25);
    assertThat(second.nextToken()).isNull();
    List<String> all = new ArrayList<>(idsOf(first));
    all.addAll(idsOf(second));
    assertThat(all).isEqualTo(SeedFixtures.imageIds("own", OWNED));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 24, 25})
  void every_MaxResults_from_1_to_25_pages_through_everything_once(int maxResults) {
    List<String> all = new ArrayList<>();
    String token = null;
    do {
      var page = ownedPage(maxResults, token);
      assertThat(page.images()).hasSizeLessThanOrEqualTo(maxResults).isNotEmpty();
      all.addAll(idsOf(page));
      token = page.nextToken();
    } while (token != null);

    assertThat(all).isEqualTo(SeedFixtures.imageIds("own", OWNED));
  }

  @Test
  void no_token_when_the_page_ends_exactly_at_the_last_item() {
    assertThat(ownedPage(OWNED - 25, ownedPage(25, null).nextToken()).nextToken()).isNull();
    assertThat(aws.as(OWNER).describeWorkspaceImages(r -> r.imageIds("wsi-own000001")).nextToken())
        .isNull();
  }

  @Test
  void MaxResults_above_25_is_a_ValidationException_in_Coral_format() {
    var error =
        rejects(() -> ownedPage(26, null), ValidationException.class, "ValidationException");

    assertThat(messageOf(error))
        .isEqualTo(
            "1 validation error detected: Value '26' at 'maxResults' failed to satisfy"
                + " constraint: Member must have value less than or equal to 25");
  }

  @Test
  void MaxResults_below_1_is_a_ValidationException() {
    rejects(() -> ownedPage(0, null), ValidationException.class, "ValidationException");
  }

  @Test
  void a_token_is_bound_to_the_caller() {
    String token = ownedPage(5, null).nextToken();

    rejectsToken(
        () ->
            aws.as(STRANGER)
                .describeWorkspaceImages(r -> r.imageType(ImageType.OWNED).nextToken(token)));
  }

  @Test
  void a_token_is_bound_to_the_filter() {
    String token = ownedPage(5, null).nextToken();

    rejectsToken(() -> aws.as(OWNER).describeWorkspaceImages(r -> r.nextToken(token)));
    rejectsToken(
        () ->
            aws.as(OWNER)
                .describeWorkspaceImages(r -> r.imageType(ImageType.SHARED).nextToken(token)));
  }

  @Test
  void a_token_is_bound_to_the_region() {
    String token = ownedPage(5, null).nextToken();

    rejectsToken(
        () ->
            aws.as(OWNER, MockHarness.OTHER_REGION)
                .describeWorkspaceImages(r -> r.imageType(ImageType.OWNED).nextToken(token)));
  }

  @Test
  void a_token_is_bound_to_the_operation() {
    String token = ownedPage(5, null).nextToken();

    rejectsToken(
        () ->
            aws.as(OWNER)
                .describeWorkspaceImagePermissions(
                    r -> r.imageId("wsi-own000001").nextToken(token)));
  }

  @Test
  void malformed_tokens_are_rejected() {
    String token = ownedPage(5, null).nextToken();
    for (String bad :
        List.of("garbage", "a.b", token + "x", "." + token, "%%%.***", token.replace('.', '-'))) {
      rejectsToken(() -> ownedPage(5, bad));
    }
  }

  @Test
  void pages_stay_correct_when_images_are_added_and_deleted_between_calls() {
    var first = ownedPage(10, null);
    List<String> seen = new ArrayList<>(idsOf(first));
    aws.as(OWNER)
        .deleteWorkspaceImage(
            r -> r.imageId(SeedFixtures.imageId("own", 9))); // the cursor's own item
    aws.as(OWNER)
        .deleteWorkspaceImage(r -> r.imageId(SeedFixtures.imageId("own", 12))); // not seen yet
    String added =
        aws.as(OWNER)
            .copyWorkspaceImage(
                r -> r.sourceImageId("wsi-own000000").sourceRegion(REGION).name("added"))
            .imageId();

    String token = first.nextToken();
    while (token != null) {
      var page = ownedPage(10, token);
      seen.addAll(idsOf(page));
      token = page.nextToken();
    }

    List<String> survivors =
        aws.mock().images(REGION).stream()
            .filter(i -> i.ownerAccountId().equals(OWNER))
            .map(dev.wsmock.WorkspaceImage::imageId)
            .toList();
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(seen)
        .containsAll(survivors)
        .contains(added)
        .doesNotContain(SeedFixtures.imageId("own", 12));
  }

  @Test
  void permissions_page_in_grant_order_and_survive_revokes_between_pages() {
    var first =
        aws.as(RECIPIENT).describeWorkspaceImagePermissions(r -> r.imageId("wsi-manyshare1"));
    assertThat(first.imagePermissions()).hasSize(25);
    List<String> seen =
        new ArrayList<>(
            first.imagePermissions().stream().map(ImagePermission::sharedAccountId).toList());
    aws.as(RECIPIENT)
        .updateWorkspaceImagePermission(
            r ->
                r.imageId("wsi-manyshare1")
                    .sharedAccountId(SHARE_TARGETS.get(24))
                    .allowCopyImage(false));

    var second =
        aws.as(RECIPIENT)
            .describeWorkspaceImagePermissions(
                r -> r.imageId("wsi-manyshare1").nextToken(first.nextToken()));
    seen.addAll(second.imagePermissions().stream().map(ImagePermission::sharedAccountId).toList());

    assertThat(second.nextToken()).isNull();
    assertThat(seen).isEqualTo(SHARE_TARGETS);
  }

  @Test
  void a_permissions_token_is_bound_to_the_image() {
    String token =
        aws.as(RECIPIENT)
            .describeWorkspaceImagePermissions(r -> r.imageId("wsi-manyshare1").maxResults(2))
            .nextToken();

    rejectsToken(
        () ->
            aws.as(RECIPIENT)
                .describeWorkspaceImagePermissions(
                    r -> r.imageId("wsi-recipient2").nextToken(token)));
  }

  @Test
  void owned_and_shared_images_interleave_in_listing_order_across_pages() {
    List<String> all = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      var page = aws.as(STRANGER).describeWorkspaceImages(r -> r.maxResults(2).nextToken(next));
      all.addAll(idsOf(page));
      token = page.nextToken();
    } while (token != null);

    assertThat(all)
        .containsExactly(
            "wsi-mixed00001",
            "wsi-mixed00002",
            "wsi-mixed00003",
            "wsi-mixed00004",
            "wsi-mixed00005",
            "wsi-recipient2");
  }
}
