package dev.wsmock.scenarios;

import dev.wsmock.WorkSpacesMock;
import java.util.Objects;

/**
 * One run of a chaos matrix: a scenario, and the fault seed to pin (or {@code null} to keep the mock's own).
 *
 * <pre>{@code
 * long seedInUse = chaosCase.applyTo(mock);
 * // on failure: chaosCase.replayHint(seedInUse)
 * }</pre>
 */
public record ChaosCase(Scenario scenario, Long faultSeed) {
  public ChaosCase {
    Objects.requireNonNull(scenario, "scenario");
  }

  /** For a test report: the scenario's name, and the pinned seed if any. */
  public String displayName() {
    return faultSeed == null
        ? scenario.name()
        : scenario.name() + " [fault seed " + faultSeed + "]";
  }

  /** Applies the scenario (seed state, rules), pins this case's seed if it has one, and returns the seed in use. */
  public long applyTo(WorkSpacesMock mock) {
    scenario.applyTo(mock);
    if (faultSeed != null) {
      mock.faults().reseed(faultSeed);
    }
    return mock.faults().seed();
  }

  /** What to print when the run fails, so it can be replayed exactly. */
  public String replayHint(long seedInUse) {
    return "scenario '"
        + scenario.name()
        + "' failed with fault seed "
        + seedInUse
        + "; replay with ChaosMatrix.of(\""
        + scenario.name()
        + "\").withSeeds("
        + seedInUse
        + "L)"
        + " or -Dwsmock.faultSeed="
        + seedInUse;
  }
}
