package dev.wsmock.internal.shapes;

import dev.wsmock.internal.shapes.Common.OperatingSystem;
import dev.wsmock.internal.shapes.Common.Tag;
import java.time.Instant;
import java.util.List;

/** Shapes of the image operations. */
public final class ImageShapes {
  private ImageShapes() {}

  public record WorkspaceImage(
      String imageId,
      String name,
      String description,
      OperatingSystem operatingSystem,
      String state,
      String requiredTenancy,
      String errorCode,
      String errorMessage,
      Instant created,
      String ownerAccountId,
      UpdateResult updates,
      List<ErrorDetails> errorDetails) {}

  public record ErrorDetails(String errorCode, String errorMessage) {}

  /** {@code Updates}: absent unless the image has them. */
  public record UpdateResult(Boolean updateAvailable, String description) {
    public static UpdateResult of(dev.wsmock.ImageUpdates updates) {
      return updates == null
          ? null
          : new UpdateResult(updates.updateAvailable(), updates.description());
    }
  }

  public record DescribeWorkspaceImagesRequest(
      List<String> imageIds, String imageType, String nextToken, Integer maxResults) {}

  public record DescribeWorkspaceImagesResult(List<WorkspaceImage> images, String nextToken) {}

  public record DeleteWorkspaceImageRequest(String imageId) {}

  public record CopyWorkspaceImageRequest(
      String name, String description, String sourceImageId, String sourceRegion, List<Tag> tags) {}

  public record CopyWorkspaceImageResult(String imageId) {}

  public record CreateWorkspaceImageRequest(
      String name, String description, String workspaceId, List<Tag> tags) {}

  public record CreateWorkspaceImageResult(
      String imageId,
      String name,
      String description,
      OperatingSystem operatingSystem,
      String state,
      String requiredTenancy,
      Instant created,
      String ownerAccountId) {}

  public record ImportWorkspaceImageRequest(
      String ec2ImageId,
      String ingestionProcess,
      String imageName,
      String imageDescription,
      List<Tag> tags,
      List<String> applications) {}

  public record ImportWorkspaceImageResult(String imageId) {}

  public record CreateUpdatedWorkspaceImageRequest(
      String name, String description, String sourceImageId, List<Tag> tags) {}

  public record CreateUpdatedWorkspaceImageResult(String imageId) {}

  public record DescribeImageAssociationsRequest(
      String imageId, List<String> associatedResourceTypes) {}

  /** Application associations are not modelled: the list is always present and empty. */
  public record DescribeImageAssociationsResult(List<Object> associations) {}
}
