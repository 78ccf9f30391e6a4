package dev.wsmock.internal.operations;

import dev.wsmock.ImageState;
import dev.wsmock.ImageUpdates;
import dev.wsmock.MockBehaviour;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.ImageShapes.CreateUpdatedWorkspaceImageRequest;
import dev.wsmock.internal.shapes.ImageShapes.CreateUpdatedWorkspaceImageResult;

/**
 * Builds an owned, AVAILABLE image that has updates available into a new owned, PENDING image with the source's OS
 * and tenancy and no pending updates; the source stays as it is (AWS does not delete it).
 */
final class CreateUpdatedWorkspaceImageHandler
    implements OperationHandler<
        CreateUpdatedWorkspaceImageRequest, CreateUpdatedWorkspaceImageResult> {
  private final ModelContext context;

  CreateUpdatedWorkspaceImageHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_UPDATED_WORKSPACE_IMAGE;
  }

  @Override
  public Class<CreateUpdatedWorkspaceImageRequest> inputType() {
    return CreateUpdatedWorkspaceImageRequest.class;
  }

  @Override
  public CreateUpdatedWorkspaceImageResult handle(
      Caller caller, CreateUpdatedWorkspaceImageRequest input) {
    ServiceState state = context.state();
    return state.write(
        () -> {
          // Owner only, as every image operation but describe and copy: a recipient must copy the
          // image first.
          ImageEntry source = ImageRules.ownedImage(state, caller, input.sourceImageId());
          if (source.stateAt(caller.now()) != ImageState.AVAILABLE) {
            throw ErrorTexts.sourceImageNotAvailable();
          }
          // AWS updates only Windows images programmatically; the mock does not model Windows
          // versions.
          if (source.operatingSystem() != OperatingSystemType.WINDOWS) {
            throw ErrorTexts.updateNotSupportedForOs();
          }
          ImageUpdates updates = source.updatesAt(caller.now());
          if ((updates == null || !updates.hasUpdate())
              && context.behaviour().updateOfUpToDateImage()
                  == MockBehaviour.UpdateOfUpToDateImage.REJECT) {
            throw ErrorTexts.noUpdateAvailable(source.imageId());
          }
          ImageEntry updated =
              ImageRules.newImageFrom(
                  context, caller, source, input.name(), input.description(), input.tags());
          updated.updates(ImageUpdates.upToDate());
          return new CreateUpdatedWorkspaceImageResult(updated.imageId());
        });
  }
}
