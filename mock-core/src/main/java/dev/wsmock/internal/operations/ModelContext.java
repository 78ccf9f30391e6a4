package dev.wsmock.internal.operations;

import dev.wsmock.Consistency;
import dev.wsmock.MockBehaviour;
import dev.wsmock.internal.model.RegionNames;
import dev.wsmock.internal.model.ServiceState;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What every handler works with: the state, the switchable behaviour, the image-ready delay, the (opt-in, live)
 * eventual consistency and the region names the mock accepts.
 */
public record ModelContext(
    ServiceState state,
    MockBehaviour behaviour,
    Duration imageReadyAfter,
    PageTokens pageTokens,
    Supplier<Consistency> consistency,
    RegionNames regions) {}
