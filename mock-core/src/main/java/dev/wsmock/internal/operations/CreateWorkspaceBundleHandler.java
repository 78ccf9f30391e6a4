package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.BundleEntry;
import dev.wsmock.internal.model.Limits;
import dev.wsmock.internal.model.RegionState;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.BundleShapes.CreateWorkspaceBundleRequest;
import dev.wsmock.internal.shapes.BundleShapes.CreateWorkspaceBundleResult;
import java.util.Map;

/** Creates a custom bundle on an owned, AVAILABLE image; the bundle then keeps the image from being deleted. */
final class CreateWorkspaceBundleHandler
    implements OperationHandler<CreateWorkspaceBundleRequest, CreateWorkspaceBundleResult> {
  private final ModelContext context;

  CreateWorkspaceBundleHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_WORKSPACE_BUNDLE;
  }

  @Override
  public Class<CreateWorkspaceBundleRequest> inputType() {
    return CreateWorkspaceBundleRequest.class;
  }

  @Override
  public CreateWorkspaceBundleResult handle(Caller caller, CreateWorkspaceBundleRequest input) {
    ServiceState state = context.state();
    return state.write(
        () -> {
          BundleRules.requireUsableImage(state, caller, input.imageId(), caller.now());
          RegionState region = state.region(caller.region());
          int quota = context.behaviour().bundleQuotaPerRegion();
          Limits.newBundle(region, caller.accountId(), input.bundleName(), quota)
              .ifPresent(
                  breach -> {
                    throw breach.rule() == Limits.Rule.BUNDLE_NAME_TAKEN
                        ? ErrorTexts.bundleNameExists()
                        : ErrorTexts.bundleQuotaReached(quota);
                  });
          ImageRules.checkTags(input.tags(), Map.of(), context.behaviour().tagsPerResource());
          BundleEntry bundle =
              new BundleEntry(
                  state.newBundleId(),
                  caller.accountId(),
                  caller.region(),
                  input.bundleName(),
                  input.bundleDescription(),
                  input.imageId(),
                  input.computeType().name(),
                  input.rootStorage() == null ? null : input.rootStorage().capacity(),
                  input.userStorage().capacity(),
                  caller.now());
          ImageRules.applyTags(input.tags(), bundle.tags());
          state.addBundle(bundle);
          return new CreateWorkspaceBundleResult(BundleRules.toShape(bundle));
        });
  }
}
