package dev.wsmock.scenarios.checks;

import dev.wsmock.RecordedCall;
import dev.wsmock.scenarios.internal.checks.PaginationAdvice;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Something a test's traffic did that AWS would punish or that hides a bug, found by {@link ConsumerChecks}. Each
 * kind quotes the calls involved in its {@link #message()}.
 *
 * <pre>{@code
 * for (ContractViolation v : ConsumerChecks.analyse(mock.journal())) {
 *   if (v instanceof ContractViolation.IncompletePagination p) { ... p.lastPage() ... }
 * }
 * }</pre>
 */
public sealed interface ContractViolation {

  /** Which check found it. */
  ConsumerChecks.Check check();

  /** Whether it fails {@code hasNoContractViolations()} or is only reported. */
  ConsumerChecks.Severity severity();

  /** The calls involved, oldest first. */
  List<RecordedCall> calls();

  /** What went wrong and why it matters, followed by the calls, one per line. */
  String message();

  /** The message with its severity, e.g. {@code [ERROR] ...}. */
  default String describe() {
    return "[" + severity() + "] " + message();
  }

  private static String quote(List<RecordedCall> calls) {
    return calls.stream().map(c -> "    " + c.describe()).collect(Collectors.joining("\n"));
  }

  /** The service rejected a request as malformed: a constraint or type the client should never break. */
  record RequestRejected(ConsumerChecks.Severity severity, RecordedCall call)
      implements ContractViolation {
    public ConsumerChecks.Check check() {
      return ConsumerChecks.Check.REQUEST_CONSTRAINTS;
    }

    public List<RecordedCall> calls() {
      return List.of(call);
    }

    public String message() {
      return call.operationName()
          + " request broke the API's constraints ("
          + call.errorCode()
          + ": "
          + call.errorMessage()
          + ")\n"
          + quote(calls());
    }
  }

  /** A listing whose answer carried a {@code NextToken} that no later call asked for: items were never read. */
  record IncompletePagination(ConsumerChecks.Severity severity, RecordedCall lastPage)
      implements ContractViolation {
    public ConsumerChecks.Check check() {
      return ConsumerChecks.Check.PAGINATION_COMPLETENESS;
    }

    public List<RecordedCall> calls() {
      return List.of(lastPage);
    }

    public String message() {
      return lastPage.operationName()
          + " listing stopped although the answer's NextToken said more remained; "
          + "no later call by account "
          + lastPage.accountId()
          + " asked for that token, so items past this page were"
          + " never read ("
          + PaginationAdvice.forCall(lastPage)
          + ")\n"
          + quote(calls());
    }
  }

  /** A call named images the caller could not see (unknown, deleted, foreign or not shared with it). */
  record InvisibleImage(ConsumerChecks.Severity severity, RecordedCall call, List<String> imageIds)
      implements ContractViolation {
    public ConsumerChecks.Check check() {
      return ConsumerChecks.Check.INVISIBLE_IMAGES;
    }

    public List<RecordedCall> calls() {
      return List.of(call);
    }

    public String message() {
      return call.operationName()
          + " by account "
          + call.accountId()
          + " named image(s) "
          + imageIds
          + " it cannot see in "
          + call.region()
          + "\n"
          + quote(calls());
    }
  }

  /**
   * The SDK retried a state-changing call (same {@code amz-sdk-invocation-id}, attempt &gt; 1) after an earlier
   * attempt had taken effect, and the retry was refused: the client was told the call failed although it succeeded.
   */
  record UnsafeRetry(ConsumerChecks.Severity severity, RecordedCall committed, RecordedCall retry)
      implements ContractViolation {
    public ConsumerChecks.Check check() {
      return ConsumerChecks.Check.UNSAFE_RETRIES;
    }

    public List<RecordedCall> calls() {
      return List.of(committed, retry);
    }

    public String message() {
      return retry.operationName()
          + " took effect on attempt "
          + committed.sdkAttempt()
          + " of invocation "
          + retry.sdkInvocationId()
          + " (its response was lost), then the SDK's attempt "
          + retry.sdkAttempt()
          + " was refused with "
          + retry.errorCode()
          + ": the client was told the call failed although it had"
          + " succeeded; check state before acting on that error, or make the call safe to repeat\n"
          + quote(calls());
    }
  }

  /** The mock's own answer broke the service contract: a wsmock bug, not the client's. */
  record MockResponseBreach(ConsumerChecks.Severity severity, RecordedCall call)
      implements ContractViolation {
    public ConsumerChecks.Check check() {
      return ConsumerChecks.Check.MOCK_RESPONSES;
    }

    public List<RecordedCall> calls() {
      return List.of(call);
    }

    public String message() {
      return "wsmock's answer to "
          + call.operationName()
          + " broke the service contract (a wsmock bug; please"
          + " report it): "
          + String.join("; ", call.contractViolations())
          + "\n"
          + quote(calls());
    }
  }
}
