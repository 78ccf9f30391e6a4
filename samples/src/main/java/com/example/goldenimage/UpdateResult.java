package com.example.goldenimage;

import java.util.List;

/**
 * What {@link ImageUpdater} did with one outdated image.
 *
 * <pre>{@code
 * for (UpdateResult result : updater.updateOutdatedImages()) {
 *   if (result instanceof UpdateResult.Updated updated) {
 *     log("now on " + updated.newImageId() + ": bundles " + updated.bundleIds());
 *   }
 * }
 * }</pre>
 */
public sealed interface UpdateResult {
  /** The outdated image this result is about. */
  String oldImageId();

  /**
   * The updated image is AVAILABLE, {@code bundleIds} launch from it, it is shared with {@code sharedAccounts} (the
   * old image's recipients), and the old image was retired as {@code retired} says.
   */
  record Updated(
      String oldImageId,
      String newImageId,
      List<String> bundleIds,
      List<String> sharedAccounts,
      RetireResult retired)
      implements UpdateResult {
    public Updated {
      bundleIds = List.copyOf(bundleIds);
      sharedAccounts = List.copyOf(sharedAccounts);
    }
  }

  /** The updated image did not become AVAILABLE ({@code state}); the old image and its bundles are untouched. */
  record NotReady(String oldImageId, String newImageId, String state) implements UpdateResult {}
}
