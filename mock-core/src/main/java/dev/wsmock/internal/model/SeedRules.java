package dev.wsmock.internal.model;

import dev.wsmock.MockBehaviour;

/**
 * What a seed is checked against besides its own members: the limits (quotas, tags per resource) and region names of
 * the mock it goes into, and whether that mock verifies signatures (only then may a seed carry secrets).
 */
public record SeedRules(MockBehaviour behaviour, RegionNames regions, boolean strictAuth) {
  /** The defaults of a mock built with no options. */
  public static SeedRules defaults() {
    return new SeedRules(MockBehaviour.defaults(), RegionNames.standard(), false);
  }
}
