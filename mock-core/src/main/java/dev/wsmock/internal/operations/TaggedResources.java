package dev.wsmock.internal.operations;

import dev.wsmock.internal.model.BundleEntry;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.RegionState;
import java.util.Map;

/** Finds the tag map of a resource the caller owns: images ({@code wsi-}) and bundles ({@code wsb-}). */
final class TaggedResources {
  private TaggedResources() {}

  /** Tags are per owner: a recipient of a shared image cannot see or change them (ResourceNotFound). */
  static Map<String, String> ownedTags(RegionState region, Caller caller, String resourceId) {
    if (resourceId.startsWith("wsi-")) {
      ImageEntry image = region.image(resourceId);
      if (image != null && image.isOwnedBy(caller.accountId())) {
        return image.tags();
      }
    } else if (resourceId.startsWith("wsb-")) {
      BundleEntry bundle = region.bundle(resourceId);
      if (bundle != null && bundle.ownerAccountId().equals(caller.accountId())) {
        return bundle.tags();
      }
    }
    throw ErrorTexts.taggedResourceNotFound(resourceId);
  }
}
