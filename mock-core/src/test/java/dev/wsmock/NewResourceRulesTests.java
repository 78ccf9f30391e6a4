package dev.wsmock;

import static dev.wsmock.AwsErrors.messageOf;
import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.workspaces.model.Tag;

/**
 * The rules every operation that makes a resource keeps, operation by operation: the tags given with the request land
 * on the new resource, the tags per resource and the reserved {@code aws:} keys are refused before anything is made,
 * and image names and the image quota hold for imports too.
 */
class NewResourceRulesTests {
  static final String SOURCE_REGION = "eu-central-2"; // well formed, not a WorkSpaces region

  @RegisterExtension
  static final MockHarness aws =
      MockHarness.perClass(
          Seed.builder()
              .image("wsi-golden0001", OWNER, REGION, i -> i.name("golden"))
              .image("wsi-elsewhere1", OWNER, SOURCE_REGION, i -> i.name("elsewhere"))
              .workspace("ws-golden001", OWNER, REGION)
              .build());

  /** One resource-making call with the given tags; returns the new resource's id. */
  record Maker(String operation, BiFunction<WorkSpacesClient, List<Tag>, String> make) {
    @Override
    public String toString() {
      return operation;
    }
  }

  static Stream<Maker> makers() {
    return Stream.of(
        new Maker(
            "CopyWorkspaceImage",
            (client, tags) ->
                client
                    .copyWorkspaceImage(
                        r ->
                            r.name("copy")
                                .sourceImageId("wsi-golden0001")
                                .sourceRegion(REGION)
                                .tags(tags))
                    .imageId()),
        new Maker(
            "CreateWorkspaceImage",
            (client, tags) ->
                client
                    .createWorkspaceImage(
                        r ->
                            r.name("fromws")
                                .description("from the workspace")
                                .workspaceId("ws-golden001")
                                .tags(tags))
                    .imageId()),
        new Maker(
            "ImportWorkspaceImage",
            (client, tags) ->
                client
                    .importWorkspaceImage(
                        r ->
                            r.ec2ImageId("ami-0123456789abcdef0")
                                .ingestionProcess("BYOL_REGULAR")
                                .imageName("imported")
                                .imageDescription("from an AMI")
                                .tags(tags))
                    .imageId()),
        new Maker(
            "CreateWorkspaceBundle",
            (client, tags) ->
                client
                    .createWorkspaceBundle(
                        r ->
                            r.bundleName("bundle")
                                .bundleDescription("on the golden image")
                                .imageId("wsi-golden0001")
                                .computeType(c -> c.name("STANDARD"))
                                .userStorage(u -> u.capacity("50"))
                                .tags(tags))
                    .workspaceBundle()
                    .bundleId()));
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static List<Tag> tags(int count) {
    return IntStream.range(0, count).mapToObj(n -> tag("k" + n, "v" + n)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("makers")
  void the_tags_of_the_request_are_the_new_resources_tags(Maker maker) {
    String id = maker.make().apply(aws.as(OWNER), List.of(tag("team", "vdi"), tag("cost", "42")));

    assertThat(aws.as(OWNER).describeTags(r -> r.resourceId(id)).tagList())
        .containsExactlyInAnyOrder(tag("team", "vdi"), tag("cost", "42"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("makers")
  void fifty_tags_are_accepted_and_fifty_one_refused_before_anything_is_made(Maker maker) {
    ResourceLimitExceededException error =
        rejectsWithoutChange(
            aws.mock(),
            () -> maker.make().apply(aws.as(OWNER), tags(51)),
            ResourceLimitExceededException.class,
            "ResourceLimitExceededException");
    assertThat(messageOf(error)).contains("at most 50 tags");

    String id = maker.make().apply(aws.as(OWNER), tags(50));
    assertThat(aws.as(OWNER).describeTags(r -> r.resourceId(id)).tagList()).hasSize(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("makers")
  void a_reserved_aws_tag_key_is_refused_before_anything_is_made(Maker maker) {
    InvalidParameterValuesException error =
        rejectsWithoutChange(
            aws.mock(),
            () ->
                maker.make().apply(aws.as(OWNER), List.of(tag("team", "x"), tag("AWS:owner", "x"))),
            InvalidParameterValuesException.class,
            "InvalidParameterValuesException");
    assertThat(messageOf(error)).contains("AWS:owner").contains("reserved prefix aws:");
  }

  @Test
  void an_import_under_a_name_the_account_already_has_is_refused() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .importWorkspaceImage(
                    r ->
                        r.ec2ImageId("ami-0123456789abcdef0")
                            .ingestionProcess("BYOL_REGULAR")
                            .imageName("golden")
                            .imageDescription("a second golden")),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }

  @Test
  void an_import_past_the_image_quota_is_refused() {
    try (MockHarness small =
        MockHarness.start(
            b ->
                b.behaviour(MockBehaviour.defaults().withImageQuotaPerRegion(1))
                    .seed(Seed.builder().image("wsi-golden0001", OWNER, REGION).build()))) {
      ResourceLimitExceededException error =
          rejectsWithoutChange(
              small.mock(),
              () ->
                  small
                      .as(OWNER)
                      .importWorkspaceImage(
                          r ->
                              r.ec2ImageId("ami-0123456789abcdef0")
                                  .ingestionProcess("BYOL_REGULAR")
                                  .imageName("imported")
                                  .imageDescription("one too many")),
              ResourceLimitExceededException.class,
              "ResourceLimitExceededException");
      assertThat(messageOf(error)).contains("already owns 1 images");
    }
  }

  @Test
  void a_copy_from_a_region_the_state_holds_is_not_refused_as_an_unknown_region() {
    String copy =
        aws.as(OWNER)
            .copyWorkspaceImage(
                r ->
                    r.name("from-elsewhere")
                        .sourceImageId("wsi-elsewhere1")
                        .sourceRegion(SOURCE_REGION))
            .imageId();
    assertThat(aws.mock().image(REGION, copy)).isPresent();

    InvalidParameterValuesException error =
        rejectsWithoutChange(
            aws.mock(),
            () ->
                aws.as(OWNER)
                    .copyWorkspaceImage(
                        r ->
                            r.name("from-nowhere")
                                .sourceImageId("wsi-elsewhere1")
                                .sourceRegion("eu-central-3")),
            InvalidParameterValuesException.class,
            "InvalidParameterValuesException");
    assertThat(messageOf(error)).contains("eu-central-3 is not a WorkSpaces Region");
  }

  @Test
  void a_copy_from_a_declared_extra_region_is_not_refused_as_an_unknown_region() {
    try (MockHarness local = MockHarness.start(b -> b.extraRegions("local"))) {
      // Nothing was ever put in "local": the image is missing, the region is not unknown.
      rejectsWithoutChange(
          local.mock(),
          () ->
              local
                  .as(OWNER)
                  .copyWorkspaceImage(
                      r ->
                          r.name("from-local")
                              .sourceImageId("wsi-local00001")
                              .sourceRegion("local")),
          software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException.class,
          "ResourceNotFoundException");
    }
  }
}
