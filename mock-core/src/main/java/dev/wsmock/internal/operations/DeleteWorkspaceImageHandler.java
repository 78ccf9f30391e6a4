package dev.wsmock.internal.operations;

import dev.wsmock.ImageState;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.RegionState;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.Common.EmptyResult;
import dev.wsmock.internal.shapes.ImageShapes.DeleteWorkspaceImageRequest;

/**
 * Deletes an owned image with its tags and permissions. Checked in this order: PENDING, used by a bundle, shared.
 * An unknown or foreign id is a no-op by default (the model declares no ResourceNotFound for this operation).
 */
final class DeleteWorkspaceImageHandler
    implements OperationHandler<DeleteWorkspaceImageRequest, EmptyResult> {
  private final ModelContext context;

  DeleteWorkspaceImageHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DELETE_WORKSPACE_IMAGE;
  }

  @Override
  public Class<DeleteWorkspaceImageRequest> inputType() {
    return DeleteWorkspaceImageRequest.class;
  }

  @Override
  public EmptyResult handle(Caller caller, DeleteWorkspaceImageRequest input) {
    ServiceState state = context.state();
    return state.write(
        () -> {
          RegionState region = state.region(caller.region());
          ImageEntry image = region.image(input.imageId());
          if (image == null || !image.isOwnedBy(caller.accountId())) {
            if (context.behaviour().deleteOfUnknownImage()
                == MockBehaviour.DeleteOfUnknownImage.RESOURCE_NOT_FOUND) {
              throw ErrorTexts.imageNotFound();
            }
            return EmptyResult.INSTANCE;
          }
          if (image.stateAt(caller.now()) == ImageState.PENDING) {
            throw ErrorTexts.imagePending();
          }
          if (region.isUsedByBundle(image.imageId())) {
            throw ErrorTexts.imageUsedByBundles();
          }
          if (image.isShared()) {
            throw ErrorTexts.imageShared();
          }
          state.removeImage(image);
          return EmptyResult.INSTANCE;
        });
  }
}
