package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The registry: one handler per modelled operation. */
public final class OperationHandlers {
  private final Map<Operation, OperationHandler<?, ?>> handlers = new EnumMap<>(Operation.class);

  public OperationHandlers(ModelContext context) {
    List<OperationHandler<?, ?>> all =
        List.of(
            new DescribeWorkspaceImagesHandler(context),
            new DescribeWorkspaceImagePermissionsHandler(context),
            new UpdateWorkspaceImagePermissionHandler(context),
            new DeleteWorkspaceImageHandler(context),
            new CopyWorkspaceImageHandler(context),
            new CreateWorkspaceImageHandler(context),
            new ImportWorkspaceImageHandler(context),
            new CreateUpdatedWorkspaceImageHandler(context),
            new CreateTagsHandler(context),
            new DescribeTagsHandler(context),
            new DeleteTagsHandler(context),
            new CreateWorkspaceBundleHandler(context),
            new DescribeWorkspaceBundlesHandler(context),
            new UpdateWorkspaceBundleHandler(context),
            new DeleteWorkspaceBundleHandler(context),
            new DescribeImageAssociationsHandler(context),
            new ImportCustomWorkspaceImageHandler(context),
            new DescribeCustomWorkspaceImageImportHandler(context),
            new RegisterWorkspaceDirectoryHandler(context),
            new DescribeWorkspaceDirectoriesHandler(context),
            new DeregisterWorkspaceDirectoryHandler(context));
    all.forEach(h -> handlers.put(h.operation(), h));
    if (handlers.size() != Operation.values().length) {
      throw new IllegalStateException("every Operation needs exactly one handler");
    }
  }

  public OperationHandler<?, ?> handler(Operation operation) {
    return handlers.get(operation);
  }
}
