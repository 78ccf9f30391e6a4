package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.shapes.Common.EmptyResult;
import dev.wsmock.internal.shapes.TagShapes.CreateTagsRequest;
import java.util.Map;

/** Adds tags, overwriting the value of a key that exists; {@code aws:} keys and the 50-tag limit are refused. */
final class CreateTagsHandler implements OperationHandler<CreateTagsRequest, EmptyResult> {
  private final ModelContext context;

  CreateTagsHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.CREATE_TAGS;
  }

  @Override
  public Class<CreateTagsRequest> inputType() {
    return CreateTagsRequest.class;
  }

  @Override
  public EmptyResult handle(Caller caller, CreateTagsRequest input) {
    return context
        .state()
        .write(
            () -> {
              Map<String, String> tags =
                  TaggedResources.ownedTags(
                      context.state().region(caller.region()), caller, input.resourceId());
              ImageRules.checkTags(input.tags(), tags, context.behaviour().tagsPerResource());
              ImageRules.applyTags(input.tags(), tags);
              return EmptyResult.INSTANCE;
            });
  }
}
