package dev.wsmock.internal;

import dev.wsmock.MockBehaviour;
import dev.wsmock.Seed;
import java.time.Clock;
import java.time.Duration;

/** Everything a mock is built from, gathered by the public builder. */
public record MockSettings(
    Clock clock,
    Duration imageReadyAfter,
    long idSeed,
    String defaultAccountId,
    MockBehaviour behaviour,
    Seed seed,
    String seedSource,
    int journalCapacity,
    int maxBodyBytes) {}
