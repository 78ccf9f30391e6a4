package dev.wsmock.internal.shapes;

import dev.wsmock.internal.shapes.Common.Tag;
import dev.wsmock.internal.shapes.ImageShapes.ErrorDetails;
import java.time.Instant;
import java.util.List;

/** Shapes of ImportCustomWorkspaceImage and DescribeCustomWorkspaceImageImport. */
public final class CustomImageImportShapes {
  private CustomImageImportShapes() {}

  /** The {@code ImageSourceIdentifier} union: the service model says exactly one member is set. */
  public record ImageSource(
      String ec2ImportTaskId, String imageBuildVersionArn, String ec2ImageId) {}

  public record ImportCustomWorkspaceImageRequest(
      String imageName,
      String imageDescription,
      String computeType,
      String protocol,
      ImageSource imageSource,
      String infrastructureConfigurationArn,
      String platform,
      String osVersion,
      List<Tag> tags) {}

  public record ImportCustomWorkspaceImageResult(String imageId, String state) {}

  public record DescribeCustomWorkspaceImageImportRequest(String imageId) {}

  public record DescribeCustomWorkspaceImageImportResult(
      String imageId,
      String infrastructureConfigurationArn,
      String state,
      Instant created,
      Instant lastUpdatedTime,
      Integer progressPercentage,
      ImageSource imageSource,
      List<ErrorDetails> errorDetails) {}
}
