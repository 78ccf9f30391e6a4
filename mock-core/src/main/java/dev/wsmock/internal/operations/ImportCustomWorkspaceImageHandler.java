package dev.wsmock.internal.operations;

import dev.wsmock.CustomImageImportState;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.AccountSettings;
import dev.wsmock.internal.model.CustomImageImportEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.CustomImageImportShapes.ImageSource;
import dev.wsmock.internal.shapes.CustomImageImportShapes.ImportCustomWorkspaceImageRequest;
import dev.wsmock.internal.shapes.CustomImageImportShapes.ImportCustomWorkspaceImageResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** The region and account of an Image Builder infrastructure configuration ARN (the contract checked its form). */
  private static final Pattern INFRASTRUCTURE_CONFIGURATION =
      Pattern.compile(
          "arn:aws[^:]*:imagebuilder:([^:]+):([0-9]{12}|aws):infrastructure-configuration/.*");

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
          Matcher arn =
              INFRASTRUCTURE_CONFIGURATION.matcher(input.infrastructureConfigurationArn());
          if (!arn.matches()
              || !arn.group(1).equals(caller.region())
              || !(arn.group(2).equals(caller.accountId()) || arn.group(2).equals("aws"))) {
            throw ErrorTexts.infrastructureConfigurationNotFound();
          }
          ImageRules.checkNewImageAllowed(context, caller, input.imageName());
          ImageRules.checkTags(input.tags(), Map.of(), context.behaviour().tagsPerResource());
          boolean byolDisabled =
              state
                  .account(caller.accountId())
                  .map(AccountSettings::byolEnabled)
                  .map(Boolean.FALSE::equals)
                  .orElse(false);
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
                  byolDisabled
                      ? List.of(
                          new ImageErrorDetail(
                              "WorkspacesBYOLAccountNotFound",
                              "The account is not enabled for BYOL."))
                      : List.of());
          ImageRules.applyTags(input.tags(), entry.tags());
          state.addImport(entry, caller.now());
          return new ImportCustomWorkspaceImageResult(
              entry.imageId(), entry.stateAt(caller.now()).name());
        });
  }
}
