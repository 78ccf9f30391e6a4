package dev.wsmock.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of scenarios to run the same test body against, optionally each under several pinned fault seeds: the data
 * behind a chaos-matrix test template. Immutable.
 *
 * <pre>{@code
 * for (ChaosCase c : ChaosMatrix.of("throttle-storm-on-describe", "lost-share-response").withSeeds(1, 2).cases()) {
 *   try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
 *     long seed = c.applyTo(mock);
 *     runDistribution(mock);   // the body under test
 *   }
 * }
 * }</pre>
 */
public final class ChaosMatrix {
  private final List<Scenario> scenarios;
  private final List<Long> seeds;

  private ChaosMatrix(List<Scenario> scenarios, List<Long> seeds) {
    this.scenarios = List.copyOf(scenarios);
    this.seeds = List.copyOf(seeds);
  }

  /** The given scenarios: catalogue names, classpath resources or files (see {@link Scenarios#resolve}). */
  public static ChaosMatrix of(String... namesOrLocations) {
    return new ChaosMatrix(
        Arrays.stream(namesOrLocations).map(Scenarios::resolve).toList(), List.of());
  }

  public static ChaosMatrix of(List<Scenario> scenarios) {
    return new ChaosMatrix(scenarios, List.of());
  }

  /** The whole built-in catalogue. */
  public static ChaosMatrix catalogue() {
    return new ChaosMatrix(Scenarios.all(), List.of());
  }

  /** Runs every scenario once per seed (pinned); without seeds each runs once with the mock's seed. */
  public ChaosMatrix withSeeds(long... pinned) {
    return new ChaosMatrix(scenarios, Arrays.stream(pinned).boxed().toList());
  }

  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** Scenario-major: every seed of the first scenario, then the next. */
  public List<ChaosCase> cases() {
    List<ChaosCase> cases = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      if (seeds.isEmpty()) {
        cases.add(new ChaosCase(scenario, null));
      } else {
        seeds.forEach(seed -> cases.add(new ChaosCase(scenario, seed)));
      }
    }
    return cases;
  }
}
