package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.DirectoryEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.DirectoryShapes.RegisterWorkspaceDirectoryRequest;
import dev.wsmock.internal.shapes.DirectoryShapes.RegisterWorkspaceDirectoryResult;
import java.util.Map;

/**
 * Registers a directory for the caller in its region. The mock has no Directory Service, so any DirectoryId the
 * contract accepts is taken; the directory reads REGISTERING for the image-ready delay, then REGISTERED.
 */
final class RegisterWorkspaceDirectoryHandler
    implements OperationHandler<
        RegisterWorkspaceDirectoryRequest, RegisterWorkspaceDirectoryResult> {
  private final ModelContext context;

  RegisterWorkspaceDirectoryHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.REGISTER_WORKSPACE_DIRECTORY;
  }

  @Override
  public Class<RegisterWorkspaceDirectoryRequest> inputType() {
    return RegisterWorkspaceDirectoryRequest.class;
  }

  @Override
  public RegisterWorkspaceDirectoryResult handle(
      Caller caller, RegisterWorkspaceDirectoryRequest input) {
    ServiceState state = context.state();
    return state.write(
        () -> {
          String directoryId = input.directoryId();
          if (directoryId != null
              && state.region(caller.region()).directory(caller.accountId(), directoryId) != null) {
            throw ErrorTexts.directoryAlreadyRegistered(directoryId);
          }
          ImageRules.checkTags(input.tags(), Map.of(), context.behaviour().tagsPerResource());
          DirectoryEntry directory =
              new DirectoryEntry(
                  // DirectoryId is optional in the model: WorkSpaces makes a wsd- directory itself.
                  directoryId == null ? state.newDirectoryId() : directoryId,
                  caller.accountId(),
                  caller.region(),
                  state.newRegistrationCode(),
                  caller.now().plus(context.imageReadyAfter()),
                  input.subnetIds(),
                  Boolean.TRUE.equals(input.enableSelfService()),
                  input.tenancy() == null ? "SHARED" : input.tenancy(),
                  input.workspaceDirectoryName(),
                  input.workspaceDirectoryDescription(),
                  input.userIdentityType(),
                  input.workspaceType());
          state.addDirectory(directory);
          return new RegisterWorkspaceDirectoryResult(
              directory.directoryId(), directory.stateAt(caller.now()).name());
        });
  }
}
