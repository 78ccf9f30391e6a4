package dev.wsmock.internal.shapes;

import dev.wsmock.internal.shapes.Common.Tag;
import java.util.List;

/** Shapes of the directory operations: what registering a directory keeps, and what DescribeWorkspaceDirectories shows. */
public final class DirectoryShapes {
  private DirectoryShapes() {}

  public record RegisterWorkspaceDirectoryRequest(
      String directoryId,
      List<String> subnetIds,
      Boolean enableSelfService,
      String tenancy,
      List<Tag> tags,
      String workspaceDirectoryName,
      String workspaceDirectoryDescription,
      String userIdentityType,
      String workspaceType) {}

  public record RegisterWorkspaceDirectoryResult(String directoryId, String state) {}

  public record DescribeWorkspaceDirectoriesRequest(
      List<String> directoryIds,
      List<String> workspaceDirectoryNames,
      Integer limit,
      String nextToken,
      List<DirectoriesFilter> filters) {}

  /** {@code Name} is {@code USER_IDENTITY_TYPE} or {@code WORKSPACE_TYPE} (the contract checks it). */
  public record DirectoriesFilter(String name, List<String> values) {}

  public record DescribeWorkspaceDirectoriesResult(
      List<WorkspaceDirectory> directories, String nextToken) {}

  public record DeregisterWorkspaceDirectoryRequest(String directoryId) {}

  public record DefaultWorkspaceCreationProperties(
      Boolean enableInternetAccess,
      Boolean userEnabledAsLocalAdministrator,
      Boolean enableMaintenanceMode) {}

  public record SelfservicePermissions(
      String restartWorkspace,
      String increaseVolumeSize,
      String changeComputeType,
      String switchRunningMode,
      String rebuildWorkspace) {}

  public record WorkspaceDirectory(
      String directoryId,
      String alias,
      String registrationCode,
      List<String> subnetIds,
      String state,
      DefaultWorkspaceCreationProperties workspaceCreationProperties,
      String tenancy,
      SelfservicePermissions selfservicePermissions,
      String workspaceDirectoryName,
      String workspaceDirectoryDescription,
      String userIdentityType,
      String workspaceType) {}
}
