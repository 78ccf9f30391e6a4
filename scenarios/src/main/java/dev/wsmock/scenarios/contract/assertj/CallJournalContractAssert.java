package dev.wsmock.scenarios.contract.assertj;

import dev.wsmock.CallJournal;
import dev.wsmock.scenarios.contract.ConsumerChecks;
import dev.wsmock.scenarios.contract.ContractViolation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a test's traffic, by {@link ConsumerChecks}.
 *
 * <pre>{@code
 * assertThat(mock.journal()).hasNoContractViolations();
 * assertThat(mock.journal()).usingChecks(ConsumerChecks.defaults()
 *     .with(Check.INVISIBLE_IMAGES, Severity.ERROR)).hasNoContractViolations();
 * }</pre>
 */
public final class CallJournalContractAssert
    extends AbstractAssert<CallJournalContractAssert, CallJournal> {
  private ConsumerChecks checks = ConsumerChecks.defaults();

  CallJournalContractAssert(CallJournal actual) {
    super(actual, CallJournalContractAssert.class);
  }

  /** Uses {@code checks} (severities) instead of {@link ConsumerChecks#defaults()}. */
  public CallJournalContractAssert usingChecks(ConsumerChecks checks) {
    this.checks = Objects.requireNonNull(checks);
    return this;
  }

  /** Fails if any check finds an ERROR; the message lists every finding (warnings too) with the calls. */
  public CallJournalContractAssert hasNoContractViolations() {
    isNotNull();
    List<ContractViolation> found = checks.check(actual);
    if (found.stream().anyMatch(v -> v.severity() == ConsumerChecks.Severity.ERROR)) {
      failWithMessage(
          "Expected no contract violations in the mock's journal, but found:%n%s%s",
          render(found),
          actual.dropped() > 0
              ? System.lineSeparator()
                  + "("
                  + actual.dropped()
                  + " older calls were dropped from the journal)"
              : "");
    }
    return this;
  }

  /** Fails on any finding, warnings included. */
  public CallJournalContractAssert hasNoContractWarnings() {
    isNotNull();
    List<ContractViolation> found = checks.check(actual);
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected no contract findings in the mock's journal, but found:%n%s", render(found));
    }
    return this;
  }

  private static String render(List<ContractViolation> found) {
    // %-safe: the message is passed as an argument, never as a format.
    return found.stream().map(ContractViolation::describe).collect(Collectors.joining("\n"));
  }
}
