package dev.wsmock.internal.operations;

import dev.wsmock.Consistency;
import dev.wsmock.MockBehaviour;
import dev.wsmock.internal.model.ServiceState;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What every handler works with: the state, the switchable behaviour, the image-ready delay and the (opt-in, live)
 * eventual consistency.
 */
public record ModelContext(
    ServiceState state,
    MockBehaviour behaviour,
    Duration imageReadyAfter,
    PageTokens pageTokens,
    Supplier<Consistency> consistency) {

  public ModelContext(
      ServiceState state,
      MockBehaviour behaviour,
      Duration imageReadyAfter,
      PageTokens pageTokens) {
    this(state, behaviour, imageReadyAfter, pageTokens, () -> Consistency.IMMEDIATE);
  }
}
