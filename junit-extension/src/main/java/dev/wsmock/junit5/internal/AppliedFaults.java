package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import dev.wsmock.scenarios.ChaosCase;
import dev.wsmock.scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a test's mock was given before the test ran: the {@code @WithScenario} scenarios, the chaos-matrix case, and
 * the fault seed then in use. Enough to replay a failure: it ends the call timeline.
 *
 * @param chaosCase {@code null} outside a {@code @ChaosMatrixTest}
 */
record AppliedFaults(List<Scenario> scenarios, ChaosCase chaosCase, long faultSeed) {

  AppliedFaults {
    scenarios = List.copyOf(scenarios);
  }

  AppliedFaults withCase(ChaosCase applied, long seedInUse) {
    return new AppliedFaults(scenarios, applied, seedInUse);
  }

  /** Every scenario, the matrix case's last, as cases (the replay hint lives there). */
  private List<ChaosCase> cases() {
    return Stream.concat(
            scenarios.stream().map(s -> new ChaosCase(s, null)),
            Optional.ofNullable(chaosCase).stream())
        .toList();
  }

  /** The scenarios' names, the matrix case's last. */
  List<String> scenarioNames() {
    return cases().stream().map(c -> c.scenario().name()).toList();
  }

  /** Lines after the timeline's calls: the scenarios, the seed, how to replay; none if nothing was applied or fired. */
  List<String> timelineLines(List<RecordedCall> calls) {
    List<String> lines = new ArrayList<>();
    List<ChaosCase> cases = cases();
    if (!cases.isEmpty()) {
      lines.add(
          "Scenarios applied: " + String.join(", ", scenarioNames()) + "; fault seed " + faultSeed);
      cases.forEach(c -> lines.add("Replay: " + c.replayHint(faultSeed)));
    } else if (calls.stream().anyMatch(c -> c.faultFired() != null)) {
      lines.add(
          "Faults fired with fault seed "
              + faultSeed
              + "; replay with -Dwsmock.faultSeed="
              + faultSeed);
    }
    return lines;
  }
}
