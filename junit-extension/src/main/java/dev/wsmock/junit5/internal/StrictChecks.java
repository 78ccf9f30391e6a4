package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import dev.wsmock.scenarios.checks.ConsumerChecks;
import dev.wsmock.scenarios.checks.ContractViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Strict mode's verdict on one test's calls: consumer-check errors ({@link ConsumerChecks#defaults()}) and calls to
 * operations the mock does not model. Warnings, and business errors the mock answered as AWS would, pass.
 */
final class StrictChecks {
  private StrictChecks() {}

  static Optional<AssertionError> failure(List<RecordedCall> window) {
    List<RecordedCall> calls =
        CallLines.withoutLatency(window); // the quoted lines must read the same every run
    List<RecordedCall> unmodelled = calls.stream().filter(c -> c.operation().isEmpty()).toList();
    List<ContractViolation> errors =
        ConsumerChecks.defaults().check(calls).stream()
            .filter(v -> v.severity() == ConsumerChecks.Severity.ERROR)
            .toList();
    List<String> sections = new ArrayList<>();
    if (!unmodelled.isEmpty()) {
      sections.add(
          "the WorkSpaces mock received "
              + plural(unmodelled.size(), "call")
              + " to operations it does not model:\n"
              + CallLines.of(unmodelled));
    }
    if (!errors.isEmpty()) {
      sections.add(
          "this test's WorkSpaces calls broke "
              + plural(errors.size(), "consumer check")
              + ":\n"
              + errors.stream().map(ContractViolation::describe).collect(Collectors.joining("\n")));
    }
    if (sections.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new AssertionError(
            "Strict mode: "
                + String.join("\nAnd ", sections)
                + "\nFix the code under test, or use @WorkSpacesMockTest(strictness = LENIENT) if these calls are expected."));
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
