package dev.wsmock.internal.operations;

import dev.wsmock.MockBehaviour;
import dev.wsmock.internal.model.ServiceState;
import java.time.Duration;

/** What every handler works with: the state, the switchable behaviour and the image-ready delay. */
public record ModelContext(ServiceState state, MockBehaviour behaviour, Duration imageReadyAfter, PageTokens pageTokens) {}
