package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.shapes.Common.Tag;
import dev.wsmock.internal.shapes.TagShapes.DescribeTagsRequest;
import dev.wsmock.internal.shapes.TagShapes.DescribeTagsResult;
import java.util.ArrayList;
import java.util.List;

/** The owner's tags of an image or bundle; {@code TagList} is present and empty when there are none. */
final class DescribeTagsHandler
    implements OperationHandler<DescribeTagsRequest, DescribeTagsResult> {
  private final ModelContext context;

  DescribeTagsHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_TAGS;
  }

  @Override
  public Class<DescribeTagsRequest> inputType() {
    return DescribeTagsRequest.class;
  }

  @Override
  public DescribeTagsResult handle(Caller caller, DescribeTagsRequest input) {
    return context
        .state()
        .read(
            () -> {
              List<Tag> tags = new ArrayList<>();
              TaggedResources.ownedTags(
                      context.state().region(caller.region()), caller, input.resourceId())
                  .forEach((k, v) -> tags.add(new Tag(k, v)));
              return new DescribeTagsResult(tags);
            });
  }
}
