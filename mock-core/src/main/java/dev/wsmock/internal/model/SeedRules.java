package dev.wsmock.internal.model;

import dev.wsmock.MockBehaviour;
import dev.wsmock.WorkSpacesMock;
import java.time.Duration;

/**
 * What a seed is checked against besides its own members: the limits (quotas, tags per resource) and region names of
 * the mock it goes into, whether that mock verifies signatures (only then may a seed carry secrets), and its
 * image-ready delay (a seeded import in flight walks on by it).
 */
public record SeedRules(
    MockBehaviour behaviour, RegionNames regions, boolean strictAuth, Duration imageReadyAfter) {
  /** The defaults of a mock built with no options. */
  public static SeedRules defaults() {
    return new SeedRules(
        MockBehaviour.defaults(),
        RegionNames.standard(),
        false,
        WorkSpacesMock.DEFAULT_IMAGE_READY_AFTER);
  }
}
