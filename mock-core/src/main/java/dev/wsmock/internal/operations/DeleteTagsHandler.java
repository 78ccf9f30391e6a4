package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.shapes.Common.EmptyResult;
import dev.wsmock.internal.shapes.TagShapes.DeleteTagsRequest;

/** Removes tags by key; keys that are not there are ignored. */
final class DeleteTagsHandler implements OperationHandler<DeleteTagsRequest, EmptyResult> {
  private final ModelContext context;

  DeleteTagsHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DELETE_TAGS;
  }

  @Override
  public Class<DeleteTagsRequest> inputType() {
    return DeleteTagsRequest.class;
  }

  @Override
  public EmptyResult handle(Caller caller, DeleteTagsRequest input) {
    return context
        .state()
        .write(
            () -> {
              TaggedResources.ownedTags(
                      context.state().region(caller.region()), caller, input.resourceId())
                  .keySet()
                  .removeAll(input.tagKeys());
              return EmptyResult.INSTANCE;
            });
  }
}
