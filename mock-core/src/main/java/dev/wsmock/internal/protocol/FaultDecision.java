package dev.wsmock.internal.protocol;

import dev.wsmock.fault.FiredFault;
import dev.wsmock.internal.error.ServiceException;
import java.util.function.Supplier;

/**
 * What the fault engine decided for one call: whether the operation runs and what answer leaves. One decision
 * serves one call ({@link #around} once, then {@link #fired()}).
 */
public interface FaultDecision {
  /** No fault: the operation runs and its answer leaves unchanged. */
  FaultDecision NONE =
      new FaultDecision() {
        @Override
        public HttpAnswer around(Supplier<HttpAnswer> operation, ErrorResponses responses) {
          return operation.get();
        }

        @Override
        public FiredFault fired() {
          return null;
        }
      };

  /**
   * The answer to send. {@code operation} runs the call (it may throw {@link ServiceException}); a fault that
   * replaces the call never runs it.
   */
  HttpAnswer around(Supplier<HttpAnswer> operation, ErrorResponses responses);

  /**
   * The fault as the journal records it, once {@link #around} has run (so it knows whether the operation
   * committed); {@code null} for {@link #NONE}.
   */
  FiredFault fired();
}
