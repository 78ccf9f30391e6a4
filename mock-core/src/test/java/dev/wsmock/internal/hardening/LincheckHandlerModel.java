package dev.wsmock.internal.hardening;

import dev.wsmock.MockBehaviour;
import dev.wsmock.Operation;
import dev.wsmock.Seed;
import dev.wsmock.internal.error.ServiceException;
import dev.wsmock.internal.model.SeedLoader;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.operations.Caller;
import dev.wsmock.internal.operations.ModelContext;
import dev.wsmock.internal.operations.OperationHandler;
import dev.wsmock.internal.operations.OperationHandlers;
import dev.wsmock.internal.operations.PageTokens;
import dev.wsmock.internal.shapes.ImageShapes.CopyWorkspaceImageRequest;
import dev.wsmock.internal.shapes.ImageShapes.CopyWorkspaceImageResult;
import dev.wsmock.internal.shapes.ImageShapes.DeleteWorkspaceImageRequest;
import dev.wsmock.internal.shapes.PermissionShapes.DescribeWorkspaceImagePermissionsRequest;
import dev.wsmock.internal.shapes.PermissionShapes.DescribeWorkspaceImagePermissionsResult;
import dev.wsmock.internal.shapes.PermissionShapes.UpdateWorkspaceImagePermissionRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The Lincheck subject for model checking (public: Lincheck instantiates it reflectively). It calls the operation
 * handlers on {@link ServiceState} directly, below the JSON layer: model checking instruments every class it runs
 * and explores every interleaving of shared-memory accesses, which through Jackson would take hours. The locking
 * that makes calls atomic is all in the handlers and the state, so this is where interleavings matter.
 */
@Param(name = "image", gen = IntGen.class, conf = "0:1")
@Param(name = "account", gen = IntGen.class, conf = "0:2")
public final class LincheckHandlerModel {
  private static final String OWNER = "111111111111";
  private static final String RECIPIENT = "222222222222";
  private static final String[] IMAGES = {"wsi-golden0001", "wsi-golden0002"};
  private static final String[] ACCOUNTS = {RECIPIENT, "333333333333", OWNER};
  private static final String REGION = "us-east-1";

  private final ServiceState state = new ServiceState(7L, "123456789012");
  private final OperationHandlers handlers =
      new OperationHandlers(
          new ModelContext(
              state,
              MockBehaviour.defaults(),
              Duration.ZERO,
              PageTokens.pinnedKey(7L),
              () -> dev.wsmock.Consistency.IMMEDIATE,
              dev.wsmock.internal.model.RegionNames.standard()));

  public LincheckHandlerModel() {
    LincheckSharingModel.INVOCATIONS.incrementAndGet();
    Seed seed =
        Seed.builder()
            .image(IMAGES[0], OWNER, REGION, i -> i.name("golden-1").created(InProcess.T0))
            .image(
                IMAGES[1],
                OWNER,
                REGION,
                i -> i.name("golden-2").created(InProcess.T0).sharedWith(RECIPIENT))
            .build();
    state.write(() -> SeedLoader.apply(state, seed, "lincheck", InProcess.T0));
  }

  @org.jetbrains.lincheck.datastructures.Operation
  public String share(@Param(name = "image") int image, @Param(name = "account") int account) {
    return outcome(
        () ->
            handle(
                Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION,
                OWNER,
                new UpdateWorkspaceImagePermissionRequest(IMAGES[image], true, ACCOUNTS[account])));
  }

  @org.jetbrains.lincheck.datastructures.Operation
  public String unshare(@Param(name = "image") int image, @Param(name = "account") int account) {
    return outcome(
        () ->
            handle(
                Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION,
                OWNER,
                new UpdateWorkspaceImagePermissionRequest(
                    IMAGES[image], false, ACCOUNTS[account])));
  }

  @org.jetbrains.lincheck.datastructures.Operation
  public String describePermissions(@Param(name = "image") int image) {
    return outcome(
        () -> {
          DescribeWorkspaceImagePermissionsResult result =
              handle(
                  Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS,
                  OWNER,
                  new DescribeWorkspaceImagePermissionsRequest(IMAGES[image], null, null));
          return result.imagePermissions().stream()
              .map(p -> p.sharedAccountId())
              .toList()
              .toString();
        });
  }

  @org.jetbrains.lincheck.datastructures.Operation
  public String delete(@Param(name = "image") int image) {
    return outcome(
        () ->
            handle(
                Operation.DELETE_WORKSPACE_IMAGE,
                OWNER,
                new DeleteWorkspaceImageRequest(IMAGES[image])));
  }

  @org.jetbrains.lincheck.datastructures.Operation
  public String copy(@Param(name = "image") int image) {
    return outcome(
        () -> {
          CopyWorkspaceImageResult result =
              handle(
                  Operation.COPY_WORKSPACE_IMAGE,
                  RECIPIENT,
                  new CopyWorkspaceImageRequest(
                      "copy-" + image, null, IMAGES[image], REGION, List.of()));
          return "copied " + result.imageId();
        });
  }

  @SuppressWarnings("unchecked")
  private <I, O> O handle(Operation operation, String account, I input) {
    OperationHandler<I, O> handler = (OperationHandler<I, O>) handlers.handler(operation);
    return handler.handle(new Caller(account, REGION, InProcess.T0), input);
  }

  private static String outcome(Supplier<Object> call) {
    try {
      Object result = call.get();
      return result instanceof String text ? text : "ok";
    } catch (ServiceException e) {
      return e.error().code();
    }
  }
}
