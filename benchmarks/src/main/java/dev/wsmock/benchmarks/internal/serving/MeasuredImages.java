package dev.wsmock.benchmarks.internal.serving;

import dev.wsmock.benchmarks.internal.Seeds;

/**
 * The images a {@link Workload} names, which depend on the server: the mock is seeded with fixed ids, moto makes up
 * its own ({@code wsi-} + 9 random hex digits, the same length, so request sizes match).
 *
 * @param accountId the caller's access key id, which both servers map to the images' owner
 * @param sharedImage the image described, shared with {@value Seeds#SHARES_PER_REALISTIC_IMAGE} accounts
 * @param toggledImage the image whose share each thread grants and revokes
 */
record MeasuredImages(String accountId, String sharedImage, String toggledImage) {
  /** The images of {@link Seeds#realistic()}. */
  static final MeasuredImages SEEDED =
      new MeasuredImages(Seeds.OWNER, Seeds.SHARED_IMAGE, Seeds.imageId(1));
}
