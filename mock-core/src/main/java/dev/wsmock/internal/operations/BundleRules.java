package dev.wsmock.internal.operations;

import dev.wsmock.ImageState;
import dev.wsmock.internal.model.BundleEntry;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.BundleShapes;
import java.time.Instant;

/** Shared by the bundle handlers. */
final class BundleRules {
  private BundleRules() {}

  static BundleEntry ownedBundle(ServiceState state, Caller caller, String bundleId) {
    BundleEntry bundle = bundleId == null ? null : state.region(caller.region()).bundle(bundleId);
    if (bundle == null || !bundle.ownerAccountId().equals(caller.accountId())) {
      throw ErrorTexts.bundleNotFound();
    }
    return bundle;
  }

  /**
   * A bundle's image must be the caller's own and AVAILABLE; a shared image must be copied first, as the
   * Administration Guide says.
   */
  static void requireUsableImage(ServiceState state, Caller caller, String imageId, Instant now) {
    ImageEntry image = ImageRules.ownedImage(state, caller, imageId);
    if (image.stateAt(now) != ImageState.AVAILABLE) {
      throw ErrorTexts.imageNotAvailable();
    }
  }

  static BundleShapes.WorkspaceBundle toShape(BundleEntry bundle) {
    return new BundleShapes.WorkspaceBundle(
        bundle.bundleId(),
        bundle.name(),
        bundle.ownerAccountId(),
        bundle.description(),
        bundle.imageId(),
        bundle.rootStorageCapacity() == null
            ? null
            : new BundleShapes.RootStorage(bundle.rootStorageCapacity()),
        new BundleShapes.UserStorage(bundle.userStorageCapacity()), // required by the API
        bundle.computeType() == null ? null : new BundleShapes.ComputeType(bundle.computeType()),
        bundle.lastUpdatedTime(),
        bundle.creationTime(),
        "AVAILABLE",
        "REGULAR");
  }
}
