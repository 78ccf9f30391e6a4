package dev.wsmock.internal.operations;

import dev.wsmock.ImageState;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.ImageShapes.CopyWorkspaceImageRequest;
import dev.wsmock.internal.shapes.ImageShapes.CopyWorkspaceImageResult;

/**
 * Copies an owned image, or one shared with the caller in {@code SourceRegion}, into the caller's region as a new
 * owned, PENDING image with the source's OS and tenancy and no shares.
 */
final class CopyWorkspaceImageHandler
    implements OperationHandler<CopyWorkspaceImageRequest, CopyWorkspaceImageResult> {
  private final ModelContext context;

  CopyWorkspaceImageHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.COPY_WORKSPACE_IMAGE;
  }

  @Override
  public Class<CopyWorkspaceImageRequest> inputType() {
    return CopyWorkspaceImageRequest.class;
  }

  @Override
  public CopyWorkspaceImageResult handle(Caller caller, CopyWorkspaceImageRequest input) {
    ServiceState state = context.state();
    String sourceRegion = input.sourceRegion();
    String destination = caller.region();
    return state.write(
        () -> {
          boolean crossRegion = !sourceRegion.equals(destination);
          if (crossRegion && ImageRules.restrictsCrossRegionCopy(destination)) {
            throw ErrorTexts.crossRegionCopyNotSupported(destination);
          }
          if (crossRegion && ImageRules.restrictsCrossRegionCopy(sourceRegion)) {
            throw ErrorTexts.crossRegionCopyNotSupported(sourceRegion);
          }
          if (crossRegion
              && !ImageRules.WORKSPACES_REGIONS.contains(sourceRegion)
              && !context.regions().isDeclared(sourceRegion)
              && state.regions().stream().noneMatch(r -> r.region().equals(sourceRegion))) {
            throw ErrorTexts.unknownSourceRegion(sourceRegion);
          }
          ImageEntry source = state.region(sourceRegion).image(input.sourceImageId());
          if (source == null || !ImageRules.isVisibleTo(source, caller)) {
            throw ErrorTexts.imageNotFound();
          }
          if (source.stateAt(caller.now()) != ImageState.AVAILABLE) {
            throw ErrorTexts.imageNotAvailable();
          }
          ImageEntry copy =
              ImageRules.newImageFrom(
                  context, caller, source, input.name(), input.description(), input.tags());
          return new CopyWorkspaceImageResult(copy.imageId());
        });
  }
}
