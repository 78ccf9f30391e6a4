package dev.wsmock.internal.protocol;

import dev.wsmock.internal.error.ServiceException;
import java.util.function.Supplier;

/** A fault that fired on one call: it decides whether the operation runs and what answer leaves. */
public interface FiredFault {
  /** No fault: the operation runs and its answer leaves unchanged. */
  FiredFault NONE =
      new FiredFault() {
        @Override
        public String description() {
          return null;
        }

        @Override
        public HttpAnswer around(Supplier<HttpAnswer> operation, ErrorResponses responses) {
          return operation.get();
        }
      };

  /** How the journal names it ({@code RecordedCall.faultFired}); {@code null} for {@link #NONE}. */
  String description();

  /**
   * The answer to send. {@code operation} runs the call (it may throw {@link ServiceException}); a fault that
   * replaces the call never runs it.
   */
  HttpAnswer around(Supplier<HttpAnswer> operation, ErrorResponses responses);
}
