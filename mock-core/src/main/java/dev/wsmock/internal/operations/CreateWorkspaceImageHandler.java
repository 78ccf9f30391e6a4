package dev.wsmock.internal.operations;

import dev.wsmock.ImageState;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.Operation;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.RegionState;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.model.WorkspaceEntry;
import dev.wsmock.internal.shapes.Common;
import dev.wsmock.internal.shapes.ImageShapes.CreateWorkspaceImageRequest;
import dev.wsmock.internal.shapes.ImageShapes.CreateWorkspaceImageResult;
import java.time.Instant;
import java.util.Map;

/**
 * Creates an image from one of the caller's seeded WorkSpaces. AWS suspends the WorkSpace while the image is
 * PENDING, so a second image from the same WorkSpace fails with InvalidResourceState until the first is done.
 */
final class CreateWorkspaceImageHandler
    implements OperationHandler<CreateWorkspaceImageRequest, CreateWorkspaceImageResult> {
  private final ModelContext context;

  CreateWorkspaceImageHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_WORKSPACE_IMAGE;
  }

  @Override
  public Class<CreateWorkspaceImageRequest> inputType() {
    return CreateWorkspaceImageRequest.class;
  }

  @Override
  public CreateWorkspaceImageResult handle(Caller caller, CreateWorkspaceImageRequest input) {
    ServiceState state = context.state();
    return state.write(
        () -> {
          RegionState region = state.region(caller.region());
          WorkspaceEntry workspace = region.workspace(input.workspaceId());
          if (workspace == null || !workspace.ownerAccountId().equals(caller.accountId())) {
            throw ErrorTexts.workspaceNotFound();
          }
          if (!"AVAILABLE".equals(effectiveState(workspace, region, caller.now()))) {
            throw ErrorTexts.workspaceNotAvailable();
          }
          ImageRules.checkNewImageAllowed(context, caller, input.name());
          ImageRules.checkTags(input.tags(), Map.of(), context.behaviour().tagsPerResource());
          OperatingSystemType os =
              workspace.operatingSystem() == null
                  ? OperatingSystemType.WINDOWS
                  : workspace.operatingSystem();
          ImageEntry image =
              ImageRules.newImage(
                  context,
                  caller,
                  input.name(),
                  input.description(),
                  os,
                  RequiredTenancy.DEFAULT,
                  workspace.workspaceId());
          ImageRules.applyTags(input.tags(), image.tags());
          state.addImage(image);
          workspace.imageInProgress(image.imageId());
          return new CreateWorkspaceImageResult(
              image.imageId(),
              image.name(),
              image.description(),
              new Common.OperatingSystem(os.name()),
              image.stateAt(caller.now()).name(),
              image.requiredTenancy().name(),
              image.created(),
              image.ownerAccountId());
        });
  }

  /** SUSPENDED while an image made from it is still PENDING; otherwise the seeded state (AVAILABLE by default). */
  static String effectiveState(WorkspaceEntry workspace, RegionState region, Instant now) {
    String inProgress = workspace.imageInProgress();
    if (inProgress != null) {
      ImageEntry image = region.image(inProgress);
      if (image != null && image.stateAt(now) == ImageState.PENDING) {
        return "SUSPENDED";
      }
    }
    return workspace.seededState() == null ? "AVAILABLE" : workspace.seededState();
  }
}
