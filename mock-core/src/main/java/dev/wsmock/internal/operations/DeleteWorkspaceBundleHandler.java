package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.BundleEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.BundleShapes.DeleteWorkspaceBundleRequest;
import dev.wsmock.internal.shapes.Common.EmptyResult;

/** Deletes an owned bundle that no seeded WorkSpace uses; its image is then free to delete. */
final class DeleteWorkspaceBundleHandler
    implements OperationHandler<DeleteWorkspaceBundleRequest, EmptyResult> {
  private final ModelContext context;

  DeleteWorkspaceBundleHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DELETE_WORKSPACE_BUNDLE;
  }

  @Override
  public Class<DeleteWorkspaceBundleRequest> inputType() {
    return DeleteWorkspaceBundleRequest.class;
  }

  @Override
  public EmptyResult handle(Caller caller, DeleteWorkspaceBundleRequest input) {
    if (input.bundleId() == null) {
      throw ErrorTexts.missingMember("BundleId");
    }
    ServiceState state = context.state();
    return state.write(
        () -> {
          BundleEntry bundle = BundleRules.ownedBundle(state, caller, input.bundleId());
          if (state.region(caller.region()).isBundleUsedByWorkspace(bundle.bundleId())) {
            throw ErrorTexts.bundleUsedByWorkspaces();
          }
          state.removeBundle(bundle);
          return EmptyResult.INSTANCE;
        });
  }
}
