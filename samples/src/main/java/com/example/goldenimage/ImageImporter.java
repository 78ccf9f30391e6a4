package com.example.goldenimage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesRequest;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;
import software.amazon.awssdk.services.workspaces.model.ErrorDetails;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.Tag;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/**
 * The recipient side: finds an image another account shared with us, copies it into our account and waits until
 * the copy is AVAILABLE. Every copy is tagged with its source, so a rerun (or the SDK's retry of a copy whose
 * response was lost) finds the copy it already made instead of making a second one.
 *
 * <pre>{@code
 * ImageImporter importer = new ImageImporter(recipientClient, CopyWait.polling(ofSeconds(30), ofHours(2)));
 * ImportResult result = importer.importShared("wsi-golden001", "golden-win11");
 * }</pre>
 */
public final class ImageImporter {
  /** The tag that records which image a copy was made from. */
  public static final String SOURCE_TAG = "golden-image:source";

  private final WorkSpacesClient source;
  private final WorkSpacesClient destination;
  private final String sourceRegion;
  private final CopyWait wait;

  /** Copies within the client's region. */
  public ImageImporter(WorkSpacesClient recipient, CopyWait wait) {
    this(recipient, recipient, wait);
  }

  /**
   * Finds the shared image with {@code sourceRegionClient} and copies it into {@code destinationClient}'s region;
   * both clients must act for the same (recipient) account.
   */
  public ImageImporter(
      WorkSpacesClient sourceRegionClient, WorkSpacesClient destinationClient, CopyWait wait) {
    this.source = Objects.requireNonNull(sourceRegionClient, "sourceRegionClient");
    this.destination = Objects.requireNonNull(destinationClient, "destinationClient");
    this.sourceRegion = sourceRegionClient.serviceClientConfiguration().region().id();
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /** Copies the image {@code sourceImageId}, shared with this account, as an owned image called {@code name}. */
  public ImportResult importShared(String sourceImageId, String name) {
    Optional<WorkspaceImage> existing = ownedImageNamed(name);
    if (existing.isPresent()) {
      WorkspaceImage image = existing.get();
      return isCopyOf(image, sourceImageId)
          ? settle(image.imageId(), true)
          : new ImportResult.NameTaken(name, image.imageId());
    }
    if (findShared(sourceImageId).isEmpty()) {
      return new ImportResult.NotShared(sourceImageId, sourceRegion);
    }
    String copyId;
    try {
      copyId =
          destination
              .copyWorkspaceImage(
                  r ->
                      r.sourceImageId(sourceImageId)
                          .sourceRegion(sourceRegion)
                          .name(name)
                          .tags(Tag.builder().key(SOURCE_TAG).value(sourceImageId).build()))
              .imageId();
    } catch (ResourceAlreadyExistsException e) {
      // The name was free a moment ago, so this is our own copy: the SDK retried a copy whose
      // response was lost
      // (or another run raced us). Use it, but only after checking that it really is a copy of this
      // source.
      WorkspaceImage image =
          ownedImageNamed(name).filter(i -> isCopyOf(i, sourceImageId)).orElseThrow(() -> e);
      copyId = image.imageId();
    }
    return settle(copyId, false);
  }

  private ImportResult settle(String copyId, boolean reused) {
    WorkspaceImage image = wait.untilSettled(() -> describe(copyId));
    return switch (image.state()) {
      case AVAILABLE -> new ImportResult.Imported(copyId, reused);
      case ERROR ->
          new ImportResult.CopyFailed(
              copyId,
              image.errorCode(),
              image.errorMessage(),
              image.errorDetails().stream().map(ErrorDetails::errorCodeAsString).toList());
      default -> new ImportResult.StillCopying(copyId);
    };
  }

  private WorkspaceImage describe(String imageId) {
    List<WorkspaceImage> images =
        destination.describeWorkspaceImages(r -> r.imageIds(imageId)).images();
    if (images.isEmpty()) {
      throw new IllegalStateException(
          "Image " + imageId + " disappeared while it was being copied");
    }
    return images.get(0);
  }

  private boolean isCopyOf(WorkspaceImage image, String sourceImageId) {
    return destination.describeTags(r -> r.resourceId(image.imageId())).tagList().stream()
        .anyMatch(t -> SOURCE_TAG.equals(t.key()) && sourceImageId.equals(t.value()));
  }

  private Optional<WorkspaceImage> ownedImageNamed(String name) {
    return allImages(destination, ImageType.OWNED).stream()
        .filter(i -> name.equals(i.name()))
        .findFirst();
  }

  private Optional<WorkspaceImage> findShared(String sourceImageId) {
    return allImages(source, ImageType.SHARED).stream()
        .filter(i -> sourceImageId.equals(i.imageId()))
        .findFirst();
  }

  /** Every image of {@code type}, across all pages: the SDK has no paginator for DescribeWorkspaceImages. */
  private static List<WorkspaceImage> allImages(WorkSpacesClient client, ImageType type) {
    List<WorkspaceImage> images = new ArrayList<>();
    String nextToken = null;
    do {
      DescribeWorkspaceImagesResponse page =
          client.describeWorkspaceImages(
              DescribeWorkspaceImagesRequest.builder()
                  .imageType(type)
                  .nextToken(nextToken)
                  .build());
      images.addAll(page.images());
      nextToken = page.nextToken();
    } while (nextToken != null && !nextToken.isEmpty());
    return images;
  }
}
