package com.example.goldenimage;

import java.util.List;

/**
 * What {@link ImageImporter#importShared} did.
 *
 * <pre>{@code
 * switch (importer.importShared("wsi-golden001", "golden-win11-copy")) {
 *   case ImportResult.Imported i -> buildBundleOn(i.imageId());
 *   case ImportResult.CopyFailed f -> alert(f.errorCode() + ": " + f.errorMessage());
 *   default -> retryLater();
 * }
 * }</pre>
 */
public sealed interface ImportResult {
  /** The copy is AVAILABLE. {@code reused} when an earlier run had already made it. */
  record Imported(String imageId, boolean reused) implements ImportResult {}

  /** The copy ended in ERROR; AWS's codes and message say why. */
  record CopyFailed(String imageId, String errorCode, String errorMessage, List<String> detailCodes)
      implements ImportResult {
    public CopyFailed {
      detailCodes = List.copyOf(detailCodes);
    }
  }

  /** The copy exists but was still PENDING when the wait strategy gave up; run again later. */
  record StillCopying(String imageId) implements ImportResult {}

  /** No image with that id is shared with this account in the source region. */
  record NotShared(String sourceImageId, String sourceRegion) implements ImportResult {}

  /** An image with the wanted name exists but is not a copy of the source; nothing was copied. */
  record NameTaken(String name, String existingImageId) implements ImportResult {}
}
