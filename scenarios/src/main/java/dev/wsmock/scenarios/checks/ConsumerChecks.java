package dev.wsmock.scenarios.checks;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * After a test, finds client behaviour that AWS would punish or that hides bugs, from the mock's {@link CallJournal}:
 * requests the service rejected as malformed, listings that stopped while {@code NextToken} said more remained,
 * calls on images the caller could not see, and retries of non-idempotent calls whose earlier attempt committed.
 *
 * <pre>{@code
 * List<ContractViolation> found = ConsumerChecks.analyse(mock.journal());      // default severities
 * ConsumerChecks lenient = ConsumerChecks.defaults().with(Check.INVISIBLE_IMAGES, Severity.OFF);
 * WorkSpacesAssertions.assertThat(mock.journal()).hasNoContractViolations();    // fails on ERRORs
 * }</pre>
 *
 * <p>Immutable; {@link #with} returns a copy.
 */
public final class ConsumerChecks {

  /** The checks, each with its default severity. */
  public enum Check {
    /** A request rejected with {@code ValidationException}, {@code SerializationException} or Coral's text. */
    REQUEST_CONSTRAINTS(Severity.ERROR),
    /** A {@code NextToken} answered and never followed. */
    PAGINATION_COMPLETENESS(Severity.ERROR),
    /**
     * A call naming an image the caller cannot see. A warning by default: checking that a deleted image is gone is
     * a legitimate use.
     */
    INVISIBLE_IMAGES(Severity.WARNING),
    /**
     * A state-changing call whose attempt took effect (its answer lost) and whose SDK retry was then refused, so the
     * client was told it failed although it had succeeded (a lost copy retried into ResourceAlreadyExists, a lost
     * revoke retried into InvalidParameterValues). A warning by default: a client that checks state before acting on
     * that error is correct, and one that does not fails its own test; a retry answered with success (a second
     * grant) is harmless and not reported.
     */
    UNSAFE_RETRIES(Severity.WARNING),
    /** The mock's own answer broke the contract (strict responses record this). */
    MOCK_RESPONSES(Severity.ERROR);

    private final Severity defaultSeverity;

    Check(Severity defaultSeverity) {
      this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
      return defaultSeverity;
    }
  }

  /** How a finding counts: ERROR fails the assertion, WARNING is reported, OFF is not looked for. */
  public enum Severity {
    ERROR,
    WARNING,
    OFF
  }

  private static final Set<String> MALFORMED_REQUEST_CODES =
      Set.of("ValidationException", "SerializationException");

  private final Map<Check, Severity> severities;

  private ConsumerChecks(Map<Check, Severity> severities) {
    this.severities = severities;
  }

  /** Every check at its default severity. */
  public static ConsumerChecks defaults() {
    Map<Check, Severity> map = new EnumMap<>(Check.class);
    for (Check check : Check.values()) {
      map.put(check, check.defaultSeverity());
    }
    return new ConsumerChecks(map);
  }

  /** {@code defaults().analyse(journal)}. */
  public static List<ContractViolation> analyse(CallJournal journal) {
    return defaults().check(journal);
  }

  /** A copy with {@code check} at {@code severity}. */
  public ConsumerChecks with(Check check, Severity severity) {
    Map<Check, Severity> map = new EnumMap<>(severities);
    map.put(Objects.requireNonNull(check), Objects.requireNonNull(severity));
    return new ConsumerChecks(map);
  }

  public Severity severity(Check check) {
    return severities.get(check);
  }

  /** Every finding in the journal, in call order per check; a journal that dropped calls may miss some. */
  public List<ContractViolation> check(CallJournal journal) {
    return check(journal.all());
  }

  /** As {@link #check(CallJournal)}, over calls oldest first. */
  public List<ContractViolation> check(List<RecordedCall> calls) {
    List<ContractViolation> found = new ArrayList<>();
    if (on(Check.MOCK_RESPONSES)) {
      calls.stream()
          .filter(c -> !c.contractViolations().isEmpty())
          .forEach(
              c ->
                  found.add(
                      new ContractViolation.MockResponseBreach(severity(Check.MOCK_RESPONSES), c)));
    }
    if (on(Check.REQUEST_CONSTRAINTS)) {
      calls.stream()
          .filter(ConsumerChecks::rejectedAsMalformed)
          .forEach(
              c ->
                  found.add(
                      new ContractViolation.RequestRejected(
                          severity(Check.REQUEST_CONSTRAINTS), c)));
    }
    if (on(Check.PAGINATION_COMPLETENESS)) {
      unfollowedPages(calls)
          .forEach(
              c ->
                  found.add(
                      new ContractViolation.IncompletePagination(
                          severity(Check.PAGINATION_COMPLETENESS), c)));
    }
    if (on(Check.INVISIBLE_IMAGES)) {
      calls.stream()
          .filter(c -> !c.invisibleImageIds().isEmpty())
          .forEach(
              c ->
                  found.add(
                      new ContractViolation.InvisibleImage(
                          severity(Check.INVISIBLE_IMAGES), c, c.invisibleImageIds())));
    }
    if (on(Check.UNSAFE_RETRIES)) {
      unsafeRetries(calls, found);
    }
    return List.copyOf(found);
  }

  private boolean on(Check check) {
    return severities.get(check) != Severity.OFF;
  }

  private static boolean rejectedAsMalformed(RecordedCall call) {
    if (call.errorCode() == null || call.faultFired() != null) {
      return false;
    }
    // With the constraint-errors switch flipped, Coral's text arrives as
    // InvalidParameterValuesException.
    return MALFORMED_REQUEST_CODES.contains(call.errorCode())
        || call.errorMessage() != null
            && call.errorMessage().matches("\\d+ validation errors? detected:.*");
  }

  /** Answers with a NextToken that no later call of the same account and operation sent back. */
  private static List<RecordedCall> unfollowedPages(List<RecordedCall> calls) {
    List<RecordedCall> unfollowed = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      RecordedCall page = calls.get(i);
      if (page.responseNextToken() == null) {
        continue;
      }
      boolean followed = false;
      for (int j = i + 1; j < calls.size() && !followed; j++) {
        RecordedCall later = calls.get(j);
        followed =
            Objects.equals(later.operationName(), page.operationName())
                && Objects.equals(later.accountId(), page.accountId())
                && page.responseNextToken().equals(later.requestMember("NextToken"));
      }
      if (!followed) {
        unfollowed.add(page);
      }
    }
    return unfollowed;
  }

  /**
   * A later attempt of a state-changing invocation whose earlier attempt committed (the status is 2xx, or a fault
   * replaced the answer after the commit), refused by the model itself.
   */
  private void unsafeRetries(List<RecordedCall> calls, List<ContractViolation> found) {
    Map<String, RecordedCall> committedByInvocation = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>();
    for (RecordedCall call : calls) {
      if (call.sdkInvocationId() == null
          || call.operation().filter(Operation::isMutating).isEmpty()) {
        continue;
      }
      RecordedCall committed = committedByInvocation.get(call.sdkInvocationId());
      boolean refusedByTheModel = !call.succeeded() && call.faultFired() == null;
      if (committed != null
          && call.sdkAttempt() != null
          && call.sdkAttempt() > 1
          && refusedByTheModel
          && reported.add(call.sdkInvocationId())) {
        found.add(
            new ContractViolation.UnsafeRetry(severity(Check.UNSAFE_RETRIES), committed, call));
      }
      if (committed == null && committedOnServer(call)) {
        committedByInvocation.put(call.sdkInvocationId(), call);
      }
    }
  }

  /** 2xx; or a fault that let the operation commit and then lost or replaced its answer. */
  private static boolean committedOnServer(RecordedCall call) {
    return call.succeeded() || (call.faultFired() != null && call.faultFired().committed());
  }
}
