package dev.wsmock.internal.operations;

import dev.wsmock.CustomImageImportState;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.CustomImageImportEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.CustomImageImportShapes.ImageSource;
import dev.wsmock.internal.shapes.CustomImageImportShapes.ImportCustomWorkspaceImageRequest;
import dev.wsmock.internal.shapes.CustomImageImportShapes.ImportCustomWorkspaceImageResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Imports a BYOL image through EC2 Image Builder: a new import, the caller's in its region, whose id is the id of the
 * image it makes. It walks PENDING, IN_PROGRESS, COMPLETED on the mock's clock; its image appears only then. An
 * account that configuration marks as not BYOL-enabled gets an import that ends in ERROR, as ImportWorkspaceImage's
 * do.
 */
final class ImportCustomWorkspaceImageHandler
    implements OperationHandler<
        ImportCustomWorkspaceImageRequest, ImportCustomWorkspaceImageResult> {

  private final ModelContext context;

  ImportCustomWorkspaceImageHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.IMPORT_CUSTOM_WORKSPACE_IMAGE;
  }

  @Override
  public Class<ImportCustomWorkspaceImageRequest> inputType() {
    return ImportCustomWorkspaceImageRequest.class;
  }

  @Override
  public ImportCustomWorkspaceImageResult handle(
      Caller caller, ImportCustomWorkspaceImageRequest input) {
    ServiceState state = context.state();
    return state.write(
        () -> {
          ImageSource source = input.imageSource();
          if (Stream.of(
                      source.ec2ImportTaskId(), source.imageBuildVersionArn(), source.ec2ImageId())
                  .filter(Objects::nonNull)
                  .count()
              != 1) {
            throw ErrorTexts.imageSourceNotOne();
          }
          if ("BYOP".equals(input.protocol()) && !context.behaviour().byopAllowListed()) {
            throw ErrorTexts.byopProtocolNotAllowListed();
          }
          if ("Windows_11".equals(input.osVersion()) && "PCOIP".equals(input.protocol())) {
            throw ErrorTexts.pcoipOnWindows11();
          }
          if (!isCallers(input.infrastructureConfigurationArn(), caller)) {
            throw ErrorTexts.infrastructureConfigurationNotFound();
          }
          ImageRules.checkNewImageAllowed(context, caller, input.imageName());
          ImageRules.checkTags(input.tags(), Map.of(), context.behaviour().tagsPerResource());
          boolean byolDisabled = ImageRules.byolDisabled(state, caller.accountId());
          CustomImageImportEntry entry =
              new CustomImageImportEntry(
                  state.newImageId(),
                  caller.accountId(),
                  caller.region(),
                  input.imageName(),
                  input.imageDescription(),
                  input.infrastructureConfigurationArn(),
                  new CustomImageImportEntry.ImageSource(
                      source.ec2ImportTaskId(), source.imageBuildVersionArn(), source.ec2ImageId()),
                  caller.now(),
                  CustomImageImportState.PENDING,
                  caller.now(),
                  CustomImageImportEntry.Walk.from(
                      caller.now(),
                      context.imageReadyAfter(),
                      byolDisabled
                          ? CustomImageImportState.ERROR
                          : CustomImageImportState.COMPLETED),
                  byolDisabled ? List.of(ImageRules.BYOL_ACCOUNT_NOT_FOUND) : List.of());
          ImageRules.applyTags(input.tags(), entry.tags());
          state.addImport(entry, caller.now());
          return new ImportCustomWorkspaceImageResult(
              entry.imageId(), entry.stateAt(caller.now()).name());
        });
  }

  /**
   * Whether the ARN's region is the caller's and its account the caller's (or {@code aws}, which the model's pattern
   * allows). The contract has checked its form, {@code arn:PARTITION:imagebuilder:REGION:ACCOUNT:...}.
   */
  private static boolean isCallers(String arn, Caller caller) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6
        && parts[3].equals(caller.region())
        && (parts[4].equals(caller.accountId()) || parts[4].equals("aws"));
  }
}
