package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.CustomImageImportEntry;
import dev.wsmock.internal.shapes.CustomImageImportShapes.DescribeCustomWorkspaceImageImportRequest;
import dev.wsmock.internal.shapes.CustomImageImportShapes.DescribeCustomWorkspaceImageImportResult;
import dev.wsmock.internal.shapes.CustomImageImportShapes.ImageSource;
import dev.wsmock.internal.shapes.ImageShapes;
import java.time.Instant;
import java.util.List;

/** The owner's view of one ImportCustomWorkspaceImage import, in its state on the mock's clock now. */
final class DescribeCustomWorkspaceImageImportHandler
    implements OperationHandler<
        DescribeCustomWorkspaceImageImportRequest, DescribeCustomWorkspaceImageImportResult> {
  private final ModelContext context;

  DescribeCustomWorkspaceImageImportHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_CUSTOM_WORKSPACE_IMAGE_IMPORT;
  }

  @Override
  public Class<DescribeCustomWorkspaceImageImportRequest> inputType() {
    return DescribeCustomWorkspaceImageImportRequest.class;
  }

  @Override
  public DescribeCustomWorkspaceImageImportResult handle(
      Caller caller, DescribeCustomWorkspaceImageImportRequest input) {
    return context
        .state()
        .read(
            () -> {
              CustomImageImportEntry entry =
                  context.state().region(caller.region()).imageImport(input.imageId());
              if (entry == null || !entry.isOwnedBy(caller.accountId())) {
                throw ErrorTexts.imageImportNotFound();
              }
              return toShape(entry, caller.now());
            });
  }

  static DescribeCustomWorkspaceImageImportResult toShape(
      CustomImageImportEntry entry, Instant now) {
    List<ImageShapes.ErrorDetails> details =
        entry.errorDetailsAt(now).isEmpty()
            ? null
            : entry.errorDetailsAt(now).stream()
                .map(d -> new ImageShapes.ErrorDetails(d.errorCode(), d.errorMessage()))
                .toList();
    CustomImageImportEntry.ImageSource source = entry.imageSource();
    return new DescribeCustomWorkspaceImageImportResult(
        entry.imageId(),
        entry.infrastructureConfigurationArn(),
        entry.stateAt(now).name(),
        entry.created(),
        entry.lastUpdatedAt(now),
        entry.progressAt(now),
        source == null
            ? null
            : new ImageSource(
                source.ec2ImportTaskId(), source.imageBuildVersionArn(), source.ec2ImageId()),
        details);
  }
}
