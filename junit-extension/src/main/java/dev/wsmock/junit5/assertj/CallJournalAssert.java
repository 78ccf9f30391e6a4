package dev.wsmock.junit5.assertj;

import static dev.wsmock.junit5.assertj.FailureWording.lines;
import static dev.wsmock.junit5.assertj.FailureWording.literal;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.junit5.internal.CallLines;
import dev.wsmock.scenarios.checks.ConsumerChecks;
import dev.wsmock.scenarios.checks.ContractViolation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CallJournal}; failures quote the slice of the journal they are about.
 *
 * <pre>{@code
 * assertThat(journal).hasCallCount(Operation.COPY_WORKSPACE_IMAGE, 1).hasNoCallsBy(RECIPIENT);
 * assertThat(journal).calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).first().failedWith("ResourceNotFoundException");
 * assertThat(journal).hasNoContractViolations();   // ConsumerChecks' errors; hasNoContractWarnings() for all findings
 * assertThat(journal).usingChecks(ConsumerChecks.defaults().with(Check.INVISIBLE_IMAGES, Severity.ERROR))
 *     .hasNoContractViolations();
 * }</pre>
 *
 * @since 0.1
 */
public class CallJournalAssert extends AbstractAssert<CallJournalAssert, CallJournal> {
  private ConsumerChecks checks = ConsumerChecks.defaults();

  protected CallJournalAssert(CallJournal actual) {
    super(actual, CallJournalAssert.class);
  }

  /** Uses {@code checks} (their severities) instead of {@link ConsumerChecks#defaults()} from here on. */
  public CallJournalAssert usingChecks(ConsumerChecks checks) {
    this.checks = Objects.requireNonNull(checks, "checks");
    return myself;
  }

  /** The calls of {@code operation}, in order, to assert on further. */
  public RecordedCallsAssert calls(Operation operation) {
    isNotNull();
    return new RecordedCallsAssert(actual.calls(operation), operation.awsName(), actual.all());
  }

  /** The calls made by {@code accountId}, in order. */
  public RecordedCallsAssert callsBy(String accountId) {
    isNotNull();
    return new RecordedCallsAssert(actual.callsBy(accountId), "account " + accountId, actual.all());
  }

  /** The calls naming {@code imageId}, in order. */
  public RecordedCallsAssert callsOnImage(String imageId) {
    isNotNull();
    return new RecordedCallsAssert(actual.callsOnImage(imageId), imageId, actual.all());
  }

  /** The first call of {@code operation}. */
  public RecordedCallAssert call(Operation operation) {
    return calls(operation).first();
  }

  /** The journal holds exactly {@code expected} calls. */
  public CallJournalAssert hasSize(int expected) {
    isNotNull();
    List<RecordedCall> all = actual.all();
    if (all.size() != expected) {
      failWithMessage(
          literal(
              "Expecting the journal to hold "
                  + expected
                  + " call"
                  + (expected == 1 ? "" : "s")
                  + " but it holds "
                  + all.size()
                  + ":\n"
                  + lines(all)));
    }
    return myself;
  }

  /** There are exactly {@code expected} calls of {@code operation}. */
  public CallJournalAssert hasCallCount(Operation operation, int expected) {
    calls(operation).hasSize(expected);
    return myself;
  }

  /** {@code accountId} made no call. */
  public CallJournalAssert hasNoCallsBy(String accountId) {
    isNotNull();
    List<RecordedCall> by = actual.callsBy(accountId);
    if (!by.isEmpty()) {
      failWithMessage(
          literal(
              "Expecting no calls by "
                  + accountId
                  + " but found "
                  + by.size()
                  + ":\n"
                  + lines(by)));
    }
    return myself;
  }

  /** Every call succeeded. */
  public CallJournalAssert hasNoFailures() {
    isNotNull();
    List<RecordedCall> failures = actual.failures();
    if (!failures.isEmpty()) {
      failWithMessage(
          literal(
              "Expecting no failed calls but found " + failures.size() + ":\n" + lines(failures)));
    }
    return myself;
  }

  /**
   * {@link ConsumerChecks#defaults()} find no error in the journal: no request the mock rejected as malformed, no
   * listing left unfinished, no mock self-check breach. Warnings (calls on invisible images, refused retries of
   * calls that had taken effect) pass; {@link #hasNoContractWarnings()} checks those too.
   */
  public CallJournalAssert hasNoContractViolations() {
    return hasNoContractViolations(checks);
  }

  /** As {@link #hasNoContractViolations()}, with {@code checks}' severities. */
  public CallJournalAssert hasNoContractViolations(ConsumerChecks checks) {
    isNotNull();
    List<ContractViolation> found = checks.check(CallLines.withoutLatency(actual.all()));
    long errors = found.stream().filter(v -> v.severity() == ConsumerChecks.Severity.ERROR).count();
    if (errors > 0) {
      failWithMessage(
          literal(
              "Expecting no contract violations but found "
                  + errors
                  + ":\n"
                  + render(found)
                  + droppedNote()));
    }
    return myself;
  }

  /** No finding at all, warnings included (e.g. a call naming an image its caller cannot see). */
  public CallJournalAssert hasNoContractWarnings() {
    return hasNoContractWarnings(checks);
  }

  /** As {@link #hasNoContractWarnings()}, with {@code checks}' severities. */
  public CallJournalAssert hasNoContractWarnings(ConsumerChecks checks) {
    isNotNull();
    List<ContractViolation> found = checks.check(CallLines.withoutLatency(actual.all()));
    if (!found.isEmpty()) {
      failWithMessage(
          literal(
              "Expecting no contract findings but found "
                  + found.size()
                  + ":\n"
                  + render(found)
                  + droppedNote()));
    }
    return myself;
  }

  /** A journal that dropped calls may hide findings: say so. */
  private String droppedNote() {
    return actual.dropped() > 0
        ? "\n(" + actual.dropped() + " older calls were dropped from the journal)"
        : "";
  }

  private static String render(List<ContractViolation> found) {
    return found.stream().map(ContractViolation::describe).collect(Collectors.joining("\n"));
  }
}
