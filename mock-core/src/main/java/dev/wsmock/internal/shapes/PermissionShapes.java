package dev.wsmock.internal.shapes;

import java.util.List;

/** Shapes of the share-permission operations. */
public final class PermissionShapes {
  private PermissionShapes() {}

  public record DescribeWorkspaceImagePermissionsRequest(
      String imageId, String nextToken, Integer maxResults) {}

  public record ImagePermission(String sharedAccountId) {}

  public record DescribeWorkspaceImagePermissionsResult(
      String imageId, List<ImagePermission> imagePermissions, String nextToken) {}

  public record UpdateWorkspaceImagePermissionRequest(
      String imageId, Boolean allowCopyImage, String sharedAccountId) {}
}
