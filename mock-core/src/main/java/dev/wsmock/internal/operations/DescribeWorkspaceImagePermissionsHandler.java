package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.shapes.PermissionShapes.DescribeWorkspaceImagePermissionsRequest;
import dev.wsmock.internal.shapes.PermissionShapes.DescribeWorkspaceImagePermissionsResult;
import dev.wsmock.internal.shapes.PermissionShapes.ImagePermission;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The owner's view of who an image is shared with, in grant order; anyone else gets ResourceNotFound. */
final class DescribeWorkspaceImagePermissionsHandler
    implements OperationHandler<
        DescribeWorkspaceImagePermissionsRequest, DescribeWorkspaceImagePermissionsResult> {
  private final ModelContext context;

  DescribeWorkspaceImagePermissionsHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS;
  }

  @Override
  public Class<DescribeWorkspaceImagePermissionsRequest> inputType() {
    return DescribeWorkspaceImagePermissionsRequest.class;
  }

  @Override
  public DescribeWorkspaceImagePermissionsResult handle(
      Caller caller, DescribeWorkspaceImagePermissionsRequest input) {
    String filter = input.imageId();
    long after =
        input.nextToken() == null
            ? 0L
            : parseSequence(
                context.pageTokens().cursor(operation(), caller, filter, input.nextToken()));
    int pageSize =
        input.maxResults() == null
            ? DescribeWorkspaceImagesHandler.DEFAULT_PAGE_SIZE
            : input.maxResults();

    return context
        .state()
        .read(
            () -> {
              ImageEntry image = ImageRules.ownedImage(context.state(), caller, input.imageId());
              Iterator<Map.Entry<Long, String>> shares =
                  image.sharesAfter(after).entrySet().iterator();
              List<ImagePermission> page = new ArrayList<>();
              long last = after;
              while (shares.hasNext() && page.size() < pageSize) {
                Map.Entry<Long, String> share = shares.next();
                last = share.getKey();
                page.add(new ImagePermission(share.getValue()));
              }
              String nextToken =
                  shares.hasNext()
                      ? context.pageTokens().issue(operation(), caller, filter, Long.toString(last))
                      : null;
              return new DescribeWorkspaceImagePermissionsResult(image.imageId(), page, nextToken);
            });
  }

  private static long parseSequence(String cursor) {
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw ErrorTexts.invalidToken();
    }
  }
}
