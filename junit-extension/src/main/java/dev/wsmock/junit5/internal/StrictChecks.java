package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import dev.wsmock.scenarios.checks.ConsumerChecks;
import dev.wsmock.scenarios.checks.ContractViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Strict mode's verdict on one test's calls: consumer-check errors ({@link ConsumerChecks#defaults()}) and calls to
 * operations the mock does not model. Warnings, and business errors the mock answered as AWS would, pass.
 */
final class StrictChecks {
  static final String FIX =
      "Fix the code under test, or use @WorkSpacesMockTest(strictness = LENIENT) if these calls are expected.";

  private StrictChecks() {}

  /** The failure of a test that passed otherwise: {@code Strict mode: ...}. */
  static Optional<AssertionError> failure(List<RecordedCall> window) {
    return findings(window).map(found -> new AssertionError("Strict mode: " + found + "\n" + FIX));
  }

  /**
   * A test that failed on its own assertion, with strict mode's findings in the same message: they are often why the
   * assertion failed (a listing stopped at page one, so an image is "missing"), and a report shows a suppressed
   * exception only after the whole stack trace. The result is the same kind of error, with the original's stack
   * trace, cause, suppressed exceptions and expected/actual values. Any other failure (an SDK exception, an error
   * type of the test's own) keeps its identity and carries the findings as a suppressed exception.
   */
  static Throwable explain(Throwable testFailure, List<RecordedCall> window) {
    Optional<String> found = findings(window);
    if (found.isEmpty()) {
      return testFailure;
    }
    String original = testFailure.getMessage() == null ? "" : testFailure.getMessage() + "\n\n";
    String message =
        original + "Strict mode, which may explain this failure: " + found.get() + "\n" + FIX;
    Throwable explained;
    if (testFailure.getClass() == AssertionError.class) {
      explained = new AssertionError(message, testFailure.getCause());
    } else if (testFailure.getClass() == AssertionFailedError.class) {
      AssertionFailedError failed = (AssertionFailedError) testFailure;
      explained =
          failed.isExpectedDefined() || failed.isActualDefined()
              ? new AssertionFailedError(
                  message,
                  failed.isExpectedDefined() ? failed.getExpected().getEphemeralValue() : null,
                  failed.isActualDefined() ? failed.getActual().getEphemeralValue() : null,
                  failed.getCause())
              : new AssertionFailedError(message, failed.getCause());
    } else {
      testFailure.addSuppressed(new AssertionError("Strict mode: " + found.get() + "\n" + FIX));
      return testFailure;
    }
    explained.setStackTrace(testFailure.getStackTrace());
    for (Throwable suppressed : testFailure.getSuppressed()) {
      explained.addSuppressed(suppressed);
    }
    return explained;
  }

  /** What strict mode found, one section per kind, or nothing. */
  private static Optional<String> findings(List<RecordedCall> window) {
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
    return sections.isEmpty() ? Optional.empty() : Optional.of(String.join("\nAnd ", sections));
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
