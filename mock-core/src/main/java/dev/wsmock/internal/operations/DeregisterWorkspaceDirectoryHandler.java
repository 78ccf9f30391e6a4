package dev.wsmock.internal.operations;

import dev.wsmock.DirectoryState;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.DirectoryEntry;
import dev.wsmock.internal.model.RegionState;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.Common.EmptyResult;
import dev.wsmock.internal.shapes.DirectoryShapes.DeregisterWorkspaceDirectoryRequest;

/**
 * Deregisters one of the caller's REGISTERED directories that no seeded WorkSpace is in. The directory is gone at
 * once: the mock skips DEREGISTERING (docs/behaviour.md).
 */
final class DeregisterWorkspaceDirectoryHandler
    implements OperationHandler<DeregisterWorkspaceDirectoryRequest, EmptyResult> {
  private final ModelContext context;

  DeregisterWorkspaceDirectoryHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DEREGISTER_WORKSPACE_DIRECTORY;
  }

  @Override
  public Class<DeregisterWorkspaceDirectoryRequest> inputType() {
    return DeregisterWorkspaceDirectoryRequest.class;
  }

  @Override
  public EmptyResult handle(Caller caller, DeregisterWorkspaceDirectoryRequest input) {
    if (input.directoryId() == null) {
      throw ErrorTexts.missingMember("DirectoryId");
    }
    ServiceState state = context.state();
    return state.write(
        () -> {
          RegionState region = state.region(caller.region());
          DirectoryEntry directory = region.directory(caller.accountId(), input.directoryId());
          if (directory == null) {
            throw ErrorTexts.directoryNotFound();
          }
          if (directory.stateAt(caller.now()) != DirectoryState.REGISTERED) {
            throw ErrorTexts.directoryNotRegistered();
          }
          if (region.isDirectoryUsedByWorkspace(caller.accountId(), directory.directoryId())) {
            throw ErrorTexts.directoryUsedByWorkspaces();
          }
          state.removeDirectory(directory);
          return EmptyResult.INSTANCE;
        });
  }
}
