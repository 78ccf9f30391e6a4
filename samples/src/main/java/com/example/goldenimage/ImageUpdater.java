package com.example.goldenimage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesRequest;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageState;

/**
 * Keeps golden images current: finds the owned images AWS reports updates for, creates an updated image of each,
 * waits for it, re-points the bundles that launched from the old image, shares the new image with the old one's
 * accounts, then retires the old image.
 *
 * <pre>{@code
 * List<UpdateResult> results =
 *     new ImageUpdater(ownerClient, CopyWait.polling(ofSeconds(30), ofHours(2))).updateOutdatedImages();
 * }</pre>
 */
public final class ImageUpdater {
  private final WorkSpacesClient workspaces;
  private final CopyWait wait;
  private final ImagePermissions permissions;
  private final ImageRetirer retirer;
  private final OwnedBundles bundles;
  private final UnaryOperator<String> newName;

  /** Names each updated image after the old one with {@code -updated} appended. */
  public ImageUpdater(WorkSpacesClient owner, CopyWait wait) {
    this(owner, wait, name -> name + "-updated");
  }

  public ImageUpdater(WorkSpacesClient owner, CopyWait wait, UnaryOperator<String> newName) {
    this.workspaces = Objects.requireNonNull(owner, "owner");
    this.wait = Objects.requireNonNull(wait, "wait");
    this.newName = Objects.requireNonNull(newName, "newName");
    this.permissions = new ImagePermissions(owner);
    this.retirer = new ImageRetirer(owner);
    this.bundles = new OwnedBundles(owner);
  }

  /** Every owned image with {@code Updates.UpdateAvailable}, across all pages. */
  public List<WorkspaceImage> outdatedImages() {
    // DescribeWorkspaceImages has no SDK paginator: loop on NextToken ourselves.
    List<WorkspaceImage> outdated = new ArrayList<>();
    String nextToken = null;
    do {
      DescribeWorkspaceImagesResponse page =
          workspaces.describeWorkspaceImages(
              DescribeWorkspaceImagesRequest.builder()
                  .imageType(ImageType.OWNED)
                  .nextToken(nextToken)
                  .build());
      page.images().stream().filter(ImageUpdater::hasUpdate).forEach(outdated::add);
      nextToken = page.nextToken();
    } while (nextToken != null && !nextToken.isEmpty());
    return outdated;
  }

  /** Updates every outdated image, one after the other; see the class comment for the steps. */
  public List<UpdateResult> updateOutdatedImages() {
    return outdatedImages().stream().map(this::update).toList();
  }

  private UpdateResult update(WorkspaceImage old) {
    String newImageId =
        workspaces
            .createUpdatedWorkspaceImage(
                r ->
                    r.sourceImageId(old.imageId())
                        .name(newName.apply(old.name()))
                        .description(descriptionOf(old)))
            .imageId();
    WorkspaceImage updated = wait.untilSettled(() -> image(newImageId));
    if (updated.state() != WorkspaceImageState.AVAILABLE) {
      return new UpdateResult.NotReady(old.imageId(), newImageId, updated.stateAsString());
    }
    List<String> repointed = new ArrayList<>();
    for (WorkspaceBundle bundle : bundles.using(old.imageId())) {
      workspaces.updateWorkspaceBundle(r -> r.bundleId(bundle.bundleId()).imageId(newImageId));
      repointed.add(bundle.bundleId());
    }
    List<String> accounts = permissions.sharedAccounts(old.imageId());
    for (String account : accounts) {
      permissions.grant(newImageId, account);
    }
    return new UpdateResult.Updated(
        old.imageId(), newImageId, repointed, accounts, retirer.retire(old.imageId()));
  }

  /** CreateUpdatedWorkspaceImage requires a description; an image may have none, so say where it came from. */
  private static String descriptionOf(WorkspaceImage old) {
    return old.description() == null || old.description().isEmpty()
        ? "Updated from " + old.imageId()
        : old.description();
  }

  private static boolean hasUpdate(WorkspaceImage image) {
    return image.updates() != null && Boolean.TRUE.equals(image.updates().updateAvailable());
  }

  private WorkspaceImage image(String imageId) {
    return workspaces.describeWorkspaceImages(r -> r.imageIds(imageId)).images().get(0);
  }
}
