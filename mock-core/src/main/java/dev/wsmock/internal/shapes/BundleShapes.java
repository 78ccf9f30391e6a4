package dev.wsmock.internal.shapes;

import dev.wsmock.internal.shapes.Common.Tag;
import java.time.Instant;
import java.util.List;

/** Shapes of the bundle operations, as far as they relate to images. */
public final class BundleShapes {
  private BundleShapes() {}

  public record ComputeType(String name) {}

  public record UserStorage(String capacity) {}

  public record RootStorage(String capacity) {}

  public record WorkspaceBundle(
      String bundleId,
      String name,
      String owner,
      String description,
      String imageId,
      RootStorage rootStorage,
      UserStorage userStorage,
      ComputeType computeType,
      Instant lastUpdatedTime,
      Instant creationTime,
      String state,
      String bundleType) {}

  public record CreateWorkspaceBundleRequest(
      String bundleName,
      String bundleDescription,
      String imageId,
      ComputeType computeType,
      UserStorage userStorage,
      RootStorage rootStorage,
      List<Tag> tags) {}

  public record CreateWorkspaceBundleResult(WorkspaceBundle workspaceBundle) {}

  public record DescribeWorkspaceBundlesRequest(
      List<String> bundleIds, String owner, String nextToken) {}

  public record DescribeWorkspaceBundlesResult(List<WorkspaceBundle> bundles, String nextToken) {}

  public record UpdateWorkspaceBundleRequest(String bundleId, String imageId) {}

  public record DeleteWorkspaceBundleRequest(String bundleId) {}
}
