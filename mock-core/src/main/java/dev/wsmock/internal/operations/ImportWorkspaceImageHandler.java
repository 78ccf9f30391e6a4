package dev.wsmock.internal.operations;

import dev.wsmock.ImageState;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.Operation;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.ImageShapes.ImportWorkspaceImageRequest;
import dev.wsmock.internal.shapes.ImageShapes.ImportWorkspaceImageResult;
import java.util.List;
import java.util.Map;

/**
 * Imports a BYOL image from an EC2 AMI: always DEDICATED and WINDOWS. An account that configuration marks as not
 * BYOL-enabled gets an image that ends in ERROR with {@code WorkspacesBYOLAccountNotFound}, as the ErrorDetails
 * enum of the service model suggests.
 */
final class ImportWorkspaceImageHandler
    implements OperationHandler<ImportWorkspaceImageRequest, ImportWorkspaceImageResult> {
  private final ModelContext context;

  ImportWorkspaceImageHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.IMPORT_WORKSPACE_IMAGE;
  }

  @Override
  public Class<ImportWorkspaceImageRequest> inputType() {
    return ImportWorkspaceImageRequest.class;
  }

  @Override
  public ImportWorkspaceImageResult handle(Caller caller, ImportWorkspaceImageRequest input) {
    ServiceState state = context.state();
    return state.write(
        () -> {
          if (input.ingestionProcess().endsWith("_BYOP")
              && !context.behaviour().byopAllowListed()) {
            throw ErrorTexts.byopNotAllowListed();
          }
          if (input.applications() != null && input.applications().size() > 1) {
            throw ErrorTexts.tooManyApplications();
          }
          ImageRules.checkNewImageAllowed(context, caller, input.imageName());
          ImageRules.checkTags(input.tags(), Map.of(), context.behaviour().tagsPerResource());
          ImageEntry image =
              ImageRules.newImage(
                  context,
                  caller,
                  input.imageName(),
                  input.imageDescription(),
                  OperatingSystemType.WINDOWS,
                  RequiredTenancy.DEDICATED,
                  null);
          if (ImageRules.byolDisabled(state, caller.accountId())) {
            ImageEntry.Transition failure =
                new ImageEntry.Transition(
                    caller.now().plus(context.imageReadyAfter()),
                    ImageState.ERROR,
                    "ImageValidationFailed",
                    "The image failed validation.",
                    List.of(ImageRules.BYOL_ACCOUNT_NOT_FOUND));
            image.force(ImageState.PENDING, null, null, List.of());
            image.schedule(failure);
          }
          ImageRules.applyTags(input.tags(), image.tags());
          state.addImage(image);
          return new ImportWorkspaceImageResult(image.imageId());
        });
  }
}
