package dev.wsmock.internal.model;

/**
 * What the per-account limits read in one region: which names an account's images and bundles have, and how many
 * it owns. {@link RegionState} answers for the state; a seed being checked answers for the state plus the seed.
 */
public interface OwnedResources {
  boolean hasImageNamed(String accountId, String name);

  int ownedImageCount(String accountId);

  boolean hasBundleNamed(String accountId, String name);

  long ownedBundleCount(String accountId);
}
