package dev.wsmock.internal.operations;

import dev.wsmock.internal.model.DirectoryEntry;
import dev.wsmock.internal.shapes.DirectoryShapes;
import java.time.Instant;

/** Shared by the directory handlers. */
final class DirectoryRules {
  private static final String ENABLED = "ENABLED";
  private static final String DISABLED = "DISABLED";

  private DirectoryRules() {}

  /**
   * The directory as DescribeWorkspaceDirectories shows it. Without a Directory Service behind it the mock answers
   * what registering decided (subnets, tenancy, self-service) and the WorkSpaces defaults for the rest.
   */
  static DirectoryShapes.WorkspaceDirectory toShape(DirectoryEntry directory, Instant now) {
    String selfService = directory.selfService() ? ENABLED : DISABLED;
    return new DirectoryShapes.WorkspaceDirectory(
        directory.directoryId(),
        // Directory Service's alias defaults to the directory id.
        directory.directoryId(),
        directory.registrationCode(),
        directory.subnetIds().isEmpty() ? null : directory.subnetIds(),
        directory.stateAt(now).name(),
        // A new directory's defaults: no internet access, local administrator and maintenance mode
        // on.
        new DirectoryShapes.DefaultWorkspaceCreationProperties(false, true, true),
        directory.tenancy(),
        // Restarting is always allowed; the rest follows EnableSelfService.
        new DirectoryShapes.SelfservicePermissions(
            ENABLED, selfService, selfService, selfService, selfService),
        directory.name(),
        directory.description(),
        directory.userIdentityType(),
        directory.workspaceType());
  }
}
