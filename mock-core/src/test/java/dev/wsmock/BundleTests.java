package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Compute;
import software.amazon.awssdk.services.workspaces.model.CreateWorkspaceBundleRequest;
import software.amazon.awssdk.services.workspaces.model.ImageAssociatedResourceType;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceAssociatedException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.ResourceUnavailableException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;

/** Custom bundles (create, describe, update, delete) and how they hold on to images; DescribeImageAssociations. */
class BundleTests {
  static final Seed SEED =
      Seed.builder()
          .image("wsi-golden0001", OWNER, REGION)
          .image("wsi-golden0002", OWNER, REGION)
          .image("wsi-pending001", OWNER, REGION, i -> i.state(ImageState.PENDING))
          .image("wsi-shared0001", RECIPIENT, REGION, i -> i.sharedWith(OWNER))
          .bundle("wsb-seeded0001", OWNER, REGION, b -> b.name("seeded").imageId("wsi-golden0001"))
          .bundle("wsb-inuse00001", OWNER, REGION, "wsi-golden0002")
          .workspace("ws-user00001", OWNER, REGION, w -> w.bundleId("wsb-inuse00001"))
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static WorkspaceBundle create(WorkSpacesClient client, String name, String imageId) {
    return client.createWorkspaceBundle(bundle(name, imageId)).workspaceBundle();
  }

  private static Consumer<CreateWorkspaceBundleRequest.Builder> bundle(
      String name, String imageId) {
    return r ->
        r.bundleName(name)
            .bundleDescription("d")
            .imageId(imageId)
            .computeType(c -> c.name(Compute.STANDARD))
            .userStorage(u -> u.capacity("50"));
  }

  private static List<String> describe(
      Consumer<
              software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceBundlesRequest
                  .Builder>
          request) {
    return aws.as(OWNER).describeWorkspaceBundles(request).bundles().stream()
        .map(WorkspaceBundle::bundleId)
        .toList();
  }

  @Test
  void creates_a_bundle_on_an_owned_available_image_and_lists_it() {
    WorkspaceBundle created = create(aws.as(OWNER), "new-bundle", "wsi-golden0002");

    assertThat(created.bundleId()).matches("wsb-[0-9a-z]{9}");
    assertThat(created.imageId()).isEqualTo("wsi-golden0002");
    assertThat(created.owner()).isEqualTo(OWNER);
    assertThat(describe(r -> {})).contains(created.bundleId(), "wsb-seeded0001");
  }

  @Test
  void a_bundle_needs_the_callers_own_available_image() {
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "b", "wsi-shared0001"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "b", "wsi-nosuch0001"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "b", "wsi-pending001"),
        ResourceUnavailableException.class,
        "ResourceUnavailableException");
  }

  @Test
  void rejects_a_bundle_name_the_caller_already_uses() {
    rejectsWithoutChange(
        aws.mock(),
        () -> create(aws.as(OWNER), "seeded", "wsi-golden0002"),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }

  @Test
  void describe_filters_by_ids_and_owner_but_refuses_both_at_once() {
    assertThat(describe(r -> r.bundleIds("wsb-seeded0001", "wsb-nosuch0001")))
        .containsExactly("wsb-seeded0001");
    assertThat(describe(r -> r.owner("AMAZON"))).isEmpty();
    assertThat(
            aws.as(RECIPIENT)
                .describeWorkspaceBundles(r -> r.bundleIds("wsb-seeded0001"))
                .bundles())
        .isEmpty();

    rejectsWithoutChange(
        aws.mock(),
        () -> describe(r -> r.bundleIds("wsb-seeded0001").owner("AMAZON")),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void update_repoints_the_bundle_and_frees_the_old_image_for_deletion() {
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).deleteWorkspaceImage(r -> r.imageId("wsi-golden0001")),
        ResourceAssociatedException.class,
        "ResourceAssociatedException");

    aws.as(OWNER)
        .updateWorkspaceBundle(r -> r.bundleId("wsb-seeded0001").imageId("wsi-golden0002"));
    aws.as(OWNER).deleteWorkspaceImage(r -> r.imageId("wsi-golden0001"));

    assertThat(aws.mock().image(REGION, "wsi-golden0001")).isEmpty();
    assertThat(
            aws.as(OWNER)
                .describeWorkspaceBundles(r -> r.bundleIds("wsb-seeded0001"))
                .bundles()
                .get(0)
                .imageId())
        .isEqualTo("wsi-golden0002");
  }

  @Test
  void update_needs_an_owned_bundle_and_an_owned_available_image() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .updateWorkspaceBundle(r -> r.bundleId("wsb-nosuch0001").imageId("wsi-golden0002")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(RECIPIENT)
                .updateWorkspaceBundle(r -> r.bundleId("wsb-seeded0001").imageId("wsi-shared0001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .updateWorkspaceBundle(r -> r.bundleId("wsb-seeded0001").imageId("wsi-pending001")),
        ResourceUnavailableException.class,
        "ResourceUnavailableException");
  }

  @Test
  void delete_removes_the_bundle_and_frees_its_image() {
    aws.as(OWNER).deleteWorkspaceBundle(r -> r.bundleId("wsb-seeded0001"));
    aws.as(OWNER).deleteWorkspaceImage(r -> r.imageId("wsi-golden0001"));

    assertThat(describe(r -> {})).containsExactly("wsb-inuse00001");
    assertThat(aws.mock().image(REGION, "wsi-golden0001")).isEmpty();
  }

  @Test
  void delete_refuses_a_bundle_a_workspace_uses_and_bundles_of_others() {
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(OWNER).deleteWorkspaceBundle(r -> r.bundleId("wsb-inuse00001")),
        ResourceAssociatedException.class,
        "ResourceAssociatedException");
    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(RECIPIENT).deleteWorkspaceBundle(r -> r.bundleId("wsb-seeded0001")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void image_associations_are_an_empty_list_for_the_owner_and_ResourceNotFound_for_anyone_else() {
    assertThat(
            aws.as(OWNER)
                .describeImageAssociations(
                    r ->
                        r.imageId("wsi-golden0001")
                            .associatedResourceTypes(ImageAssociatedResourceType.APPLICATION))
                .associations())
        .isEmpty();

    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .describeImageAssociations(
                    r ->
                        r.imageId("wsi-shared0001")
                            .associatedResourceTypes(ImageAssociatedResourceType.APPLICATION)),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .describeImageAssociations(
                    r ->
                        r.imageId("wsi-nosuch0001")
                            .associatedResourceTypes(ImageAssociatedResourceType.APPLICATION)),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void bundle_pages_stay_correct_when_the_last_bundle_of_a_page_is_deleted_between_calls() {
    java.util.Set<String> created = new java.util.LinkedHashSet<>();
    for (int n = 0; n < 28; n++) {
      created.add(create(aws.as(OWNER), "paged-" + n, "wsi-golden0002").bundleId());
    }
    var first = aws.as(OWNER).describeWorkspaceBundles(r -> {});
    assertThat(first.bundles()).hasSize(25);
    String last = first.bundles().get(24).bundleId();
    aws.as(OWNER).deleteWorkspaceBundle(r -> r.bundleId(last));

    var second = aws.as(OWNER).describeWorkspaceBundles(r -> r.nextToken(first.nextToken()));

    List<String> seen =
        new java.util.ArrayList<>(first.bundles().stream().map(WorkspaceBundle::bundleId).toList());
    seen.addAll(second.bundles().stream().map(WorkspaceBundle::bundleId).toList());
    assertThat(seen).doesNotHaveDuplicates();
    java.util.Set<String> survivors = new java.util.HashSet<>(created);
    survivors.addAll(List.of("wsb-seeded0001", "wsb-inuse00001"));
    survivors.remove(last);
    assertThat(seen).containsAll(survivors);
    assertThat(second.nextToken()).isNull();
  }
}
