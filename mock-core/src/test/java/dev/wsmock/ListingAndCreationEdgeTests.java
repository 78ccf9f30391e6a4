package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.workspaces.model.Application;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.ResourceUnavailableException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/**
 * Edges of listing and creating that the other tests pass by: pages of an id filter, the order of bundles seeded with
 * one creation time, a page token that points past every remaining bundle, a bundle with and without root storage,
 * one application on an import, and bundles on images that are not the caller's own and available.
 */
class ListingAndCreationEdgeTests {
  static final Seed SEED =
      SeedFixtures.images(Seed.builder(), "idf", OWNER, REGION, 7)
          .image(
              "wsi-pending001",
              OWNER,
              REGION,
              i -> i.name("pending").state(ImageState.PENDING).created(SeedFixtures.T0))
          .image(
              "wsi-shared0001",
              RECIPIENT,
              REGION,
              i -> i.name("shared").sharedWith(OWNER).created(SeedFixtures.T0))
          // seeded together, so one creation time: listed by id, not in seed order
          .bundle("wsb-zzzzzzzz", OWNER, REGION, (String) null)
          .bundle("wsb-mmmmmmmm", OWNER, REGION, (String) null)
          .bundle("wsb-aaaaaaaa", OWNER, REGION, (String) null)
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  @Test
  void an_id_filter_pages_through_the_requested_images_in_listing_order() {
    List<String> wanted = SeedFixtures.imageIds("idf", 7);
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      var page =
          aws.as(OWNER)
              .describeWorkspaceImages(r -> r.imageIds(wanted).maxResults(3).nextToken(next));
      assertThat(page.images()).hasSizeLessThanOrEqualTo(3);
      page.images().stream().map(WorkspaceImage::imageId).forEach(seen::add);
      token = page.nextToken();
    } while (token != null);

    assertThat(seen).containsExactlyElementsOf(wanted);
  }

  @Test
  void bundles_of_one_creation_time_are_listed_by_id() {
    assertThat(aws.as(OWNER).describeWorkspaceBundles(r -> {}).bundles())
        .extracting(WorkspaceBundle::bundleId)
        .containsExactly("wsb-aaaaaaaa", "wsb-mmmmmmmm", "wsb-zzzzzzzz");
  }

  @Test
  void a_bundle_token_past_every_remaining_bundle_gives_an_empty_last_page() {
    for (int n = 0; n < 23; n++) {
      create("paged-" + n, "wsi-idf000000", null);
    }
    var first = aws.as(OWNER).describeWorkspaceBundles(r -> {});
    assertThat(first.bundles()).hasSize(25);
    assertThat(first.nextToken()).isNotNull();
    aws.as(OWNER)
        .describeWorkspaceBundles(r -> r.nextToken(first.nextToken()))
        .bundles()
        .forEach(b -> aws.as(OWNER).deleteWorkspaceBundle(r -> r.bundleId(b.bundleId())));

    var last = aws.as(OWNER).describeWorkspaceBundles(r -> r.nextToken(first.nextToken()));

    assertThat(last.bundles()).isEmpty();
    assertThat(last.nextToken()).isNull();
  }

  private WorkspaceBundle create(String name, String imageId, String rootCapacity) {
    return aws.as(OWNER)
        .createWorkspaceBundle(
            r -> {
              r.bundleName(name)
                  .bundleDescription("edge")
                  .imageId(imageId)
                  .computeType(c -> c.name("STANDARD"))
                  .userStorage(u -> u.capacity("50"));
              if (rootCapacity != null) {
                r.rootStorage(s -> s.capacity(rootCapacity));
              }
            })
        .workspaceBundle();
  }

  @Test
  void a_bundle_shows_root_storage_only_when_it_was_given() {
    WorkspaceBundle with = create("with-root", "wsi-idf000000", "80");
    WorkspaceBundle without = create("without-root", "wsi-idf000000", null);

    assertThat(with.rootStorage().capacity()).isEqualTo("80");
    assertThat(without.rootStorage()).isNull();
    assertThat(without.userStorage().capacity()).isEqualTo("50");
    assertThat(
            aws.as(OWNER)
                .describeWorkspaceBundles(r -> r.bundleIds(without.bundleId()))
                .bundles()
                .get(0)
                .rootStorage())
        .isNull();
  }

  @Test
  void a_bundle_on_a_pending_image_or_on_an_image_shared_with_the_caller_is_refused() {
    rejectsWithoutChange(
        aws.mock(),
        () -> create("on-pending", "wsi-pending001", null),
        ResourceUnavailableException.class,
        "ResourceUnavailableException");
    rejectsWithoutChange(
        aws.mock(),
        () -> create("on-shared", "wsi-shared0001", null),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void an_import_with_exactly_one_application_is_accepted() {
    String id =
        aws.as(OWNER)
            .importWorkspaceImage(
                r ->
                    r.ec2ImageId("ami-0123456789abcdef0")
                        .ingestionProcess("BYOL_REGULAR")
                        .imageName("with-office")
                        .imageDescription("one application")
                        .applications(Application.MICROSOFT_OFFICE_2019))
            .imageId();
    assertThat(aws.mock().image(REGION, id)).isPresent();
  }

  @Test
  void a_copy_inside_a_region_the_state_does_not_hold_finds_no_image_rather_than_no_region() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER, "eu-central-2")
                .copyWorkspaceImage(
                    r ->
                        r.name("copy").sourceImageId("wsi-idf000000").sourceRegion("eu-central-2")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  static Stream<Arguments> operations_with_an_empty_output() {
    return Stream.of(
        Arguments.of(
            "UpdateWorkspaceImagePermission",
            "{\"ImageId\":\"wsi-idf000001\",\"AllowCopyImage\":true,\"SharedAccountId\":\"222222222222\"}"),
        Arguments.of("CreateTags", "{\"ResourceId\":\"wsi-idf000001\",\"Tags\":[{\"Key\":\"k\"}]}"),
        Arguments.of("DeleteTags", "{\"ResourceId\":\"wsi-idf000001\",\"TagKeys\":[\"k\"]}"),
        Arguments.of(
            "UpdateWorkspaceBundle",
            "{\"BundleId\":\"wsb-aaaaaaaa\",\"ImageId\":\"wsi-idf000002\"}"),
        Arguments.of("DeleteWorkspaceBundle", "{\"BundleId\":\"wsb-mmmmmmmm\"}"),
        Arguments.of("DeleteWorkspaceImage", "{\"ImageId\":\"wsi-idf000003\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void operations_with_an_empty_output(String operation, String body) {
    // Raw, so no SDK retry hides a first answer that was not {} (a retried delete is a no-op
    // success).
    RawRequests.Answer answer = aws.raw().call(operation, body, OWNER, REGION);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{}");
    assertThat(aws.mock().journal().all())
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(200));
  }
}
