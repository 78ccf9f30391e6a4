package dev.wsmock.scenarios;

import dev.wsmock.Consistency;
import dev.wsmock.ImageUpdates;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Faults;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A named situation to test against: state to start from, fault rules, and optionally eventual consistency and a
 * pinned fault seed. Read from JSON or YAML by {@link ScenarioReader}; the built-in ones are in {@link Scenarios}.
 *
 * <pre>{@code
 * Scenario storm = Scenarios.named("throttle-storm-on-describe");
 * storm.applyTo(mock);                 // seed + rules (+ consistency, + pinned seed)
 * }</pre>
 *
 * @param seed state added to the mock; {@link Seed#empty()} if the file has none
 * @param consistency {@code null}: leave the mock's as it is
 * @param faultSeed {@code null}: keep the mock's seed (random unless pinned)
 * @param updateReleases {@code Updates} AWS releases for seeded images while the test runs
 */
public record Scenario(
    String name,
    String description,
    Seed seed,
    List<FaultRule> faults,
    Consistency consistency,
    Long faultSeed,
    List<UpdatesRelease> updateReleases) {

  /**
   * {@code updates} for an image, released {@code after} the scenario is applied, on the mock's clock (see {@link
   * WorkSpacesMock#releaseImageUpdates}).
   */
  public record UpdatesRelease(
      String imageId, String region, Duration after, ImageUpdates updates) {
    public UpdatesRelease {
      Objects.requireNonNull(imageId, "imageId");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(after, "after");
      if (after.isNegative()) {
        throw new IllegalArgumentException("an updates release cannot be in the past: " + after);
      }
    }
  }

  public Scenario {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    seed = seed == null ? Seed.empty() : seed;
    faults = List.copyOf(faults == null ? List.of() : faults);
    updateReleases = List.copyOf(updateReleases == null ? List.of() : updateReleases);
  }

  /**
   * Adds this scenario's seed to the mock's state and its rules to the mock's faults, pins the fault seed if the
   * scenario does, sets the mock's consistency if it gives one and schedules its updates releases from now.
   */
  public void applyTo(WorkSpacesMock mock) {
    mock.seed(seed);
    Instant now = mock.clock().instant();
    for (UpdatesRelease release : updateReleases) {
      mock.releaseImageUpdates(
          release.region(), release.imageId(), release.updates(), now.plus(release.after()));
    }
    if (consistency != null) {
      mock.consistency(consistency);
    }
    applyFaultsTo(mock.faults());
  }

  /** Only the fault rules: pins the seed if the scenario does, adds the rules (consistency is the mock's). */
  public void applyFaultsTo(Faults target) {
    if (faultSeed != null) {
      target.reseed(faultSeed);
    }
    target.addAll(faults);
  }
}
