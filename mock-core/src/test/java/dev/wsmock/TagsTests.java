package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.Tag;

/** CreateTags, DeleteTags and DescribeTags on images and bundles: owner only, limits, reserved keys. */
class TagsTests {
  static final Seed SEED =
      Seed.builder()
          .image("wsi-golden0001", OWNER, REGION, i -> i.tag("team", "vdi").sharedWith(RECIPIENT))
          .image("wsi-untagged01", OWNER, REGION)
          .bundle("wsb-bundle0001", OWNER, REGION, "wsi-golden0001")
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static List<Tag> tagsOf(String account, String resourceId) {
    return aws.as(account).describeTags(r -> r.resourceId(resourceId)).tagList();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static List<Tag> tags(int count, String prefix) {
    return IntStream.range(0, count).mapToObj(n -> tag(prefix + n, "v")).toList();
  }

  @Test
  void describe_of_an_untagged_image_is_an_empty_list() {
    assertThat(tagsOf(OWNER, "wsi-untagged01")).isEmpty();
  }

  @Test
  void create_adds_and_overwrites_and_delete_removes_by_key() {
    aws.as(OWNER)
        .createTags(
            r -> r.resourceId("wsi-golden0001").tags(tag("team", "euc"), tag("cost", "42")));
    assertThat(tagsOf(OWNER, "wsi-golden0001"))
        .containsExactly(tag("team", "euc"), tag("cost", "42"));

    aws.as(OWNER).deleteTags(r -> r.resourceId("wsi-golden0001").tagKeys("team", "absent"));
    assertThat(tagsOf(OWNER, "wsi-golden0001")).containsExactly(tag("cost", "42"));
    assertThat(aws.image("wsi-golden0001").tags())
        .containsExactly(new dev.wsmock.Tag("cost", "42"));
  }

  @Test
  void bundles_can_be_tagged_too() {
    aws.as(OWNER).createTags(r -> r.resourceId("wsb-bundle0001").tags(tag("k", "v")));

    assertThat(tagsOf(OWNER, "wsb-bundle0001")).containsExactly(tag("k", "v"));
  }

  @Test
  void a_recipient_can_neither_see_nor_change_the_owners_tags() {
    rejectsWithoutChange(
        aws.mock(),
        () -> tagsOf(RECIPIENT, "wsi-golden0001"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(RECIPIENT).createTags(r -> r.resourceId("wsi-golden0001").tags(tag("x", "y"))),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(RECIPIENT).deleteTags(r -> r.resourceId("wsi-golden0001").tagKeys("team")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void unknown_resources_are_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> tagsOf(OWNER, "wsi-nosuch0001"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> tagsOf(OWNER, "d-1234567890"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void fifty_tags_fit_and_the_fifty_first_is_ResourceLimitExceeded() {
    aws.as(OWNER).createTags(r -> r.resourceId("wsi-untagged01").tags(tags(50, "k")));
    assertThat(tagsOf(OWNER, "wsi-untagged01")).hasSize(50);
    aws.as(OWNER)
        .createTags(
            r -> r.resourceId("wsi-untagged01").tags(tag("k0", "overwrite is not an addition")));

    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).createTags(r -> r.resourceId("wsi-untagged01").tags(tag("k50", "v"))),
        ResourceLimitExceededException.class,
        "ResourceLimitExceededException");
  }

  @Test
  void the_aws_prefix_is_reserved_in_any_case() {
    for (String key : List.of("aws:owner", "AWS:owner")) {
      rejectsWithoutChange(
          aws.mock(),
          () -> aws.as(OWNER).createTags(r -> r.resourceId("wsi-untagged01").tags(tag(key, "v"))),
          InvalidParameterValuesException.class,
          "InvalidParameterValuesException");
    }
  }

  @Test
  void tags_given_at_copy_time_land_on_the_copy() {
    String id =
        aws.as(OWNER)
            .copyWorkspaceImage(
                r ->
                    r.sourceImageId("wsi-untagged01")
                        .sourceRegion(REGION)
                        .name("tagged-copy")
                        .tags(tag("env", "prod")))
            .imageId();

    assertThat(tagsOf(OWNER, id)).containsExactly(tag("env", "prod"));
  }
}
