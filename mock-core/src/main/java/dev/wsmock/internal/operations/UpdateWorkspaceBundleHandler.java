package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.BundleEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.BundleShapes.UpdateWorkspaceBundleRequest;
import dev.wsmock.internal.shapes.Common.EmptyResult;

/** Re-points a bundle at another owned, AVAILABLE image; the old image is then free to delete. */
final class UpdateWorkspaceBundleHandler
    implements OperationHandler<UpdateWorkspaceBundleRequest, EmptyResult> {
  private final ModelContext context;

  UpdateWorkspaceBundleHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.UPDATE_WORKSPACE_BUNDLE;
  }

  @Override
  public Class<UpdateWorkspaceBundleRequest> inputType() {
    return UpdateWorkspaceBundleRequest.class;
  }

  @Override
  public EmptyResult handle(Caller caller, UpdateWorkspaceBundleRequest input) {
    // Both members are optional in the service model; without them there is nothing to update.
    if (input.bundleId() == null) {
      throw ErrorTexts.missingMember("BundleId");
    }
    if (input.imageId() == null) {
      throw ErrorTexts.missingMember("ImageId");
    }
    ServiceState state = context.state();
    return state.write(
        () -> {
          BundleEntry bundle = BundleRules.ownedBundle(state, caller, input.bundleId());
          BundleRules.requireUsableImage(state, caller, input.imageId(), caller.now());
          state.repointBundle(bundle, input.imageId(), caller.now());
          return EmptyResult.INSTANCE;
        });
  }
}
