package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.shapes.ImageShapes.DescribeImageAssociationsRequest;
import dev.wsmock.internal.shapes.ImageShapes.DescribeImageAssociationsResult;
import java.util.List;

/**
 * Application associations of an owned image. wsmock does not model applications, so the list is empty; what this
 * handler does model is who may ask (the owner only).
 */
final class DescribeImageAssociationsHandler
    implements OperationHandler<DescribeImageAssociationsRequest, DescribeImageAssociationsResult> {
  private final ModelContext context;

  DescribeImageAssociationsHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_IMAGE_ASSOCIATIONS;
  }

  @Override
  public Class<DescribeImageAssociationsRequest> inputType() {
    return DescribeImageAssociationsRequest.class;
  }

  @Override
  public DescribeImageAssociationsResult handle(
      Caller caller, DescribeImageAssociationsRequest input) {
    return context
        .state()
        .read(
            () -> {
              ImageRules.ownedImage(context.state(), caller, input.imageId());
              return new DescribeImageAssociationsResult(List.of());
            });
  }
}
