package dev.wsmock.internal;

import dev.wsmock.MockBehaviour;
import dev.wsmock.Seed;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything a mock is built from, gathered by the public builder.
 *
 * @param strictResponses check every answer against the service contract and turn a breach into a loud 500
 */
public record MockSettings(
    Clock clock,
    Duration imageReadyAfter,
    long idSeed,
    String defaultAccountId,
    MockBehaviour behaviour,
    Seed seed,
    String seedSource,
    int journalCapacity,
    int maxBodyBytes,
    boolean strictResponses) {

  /** Settings with strict responses on (the default): every answer is checked against the service contract. */
  public MockSettings(Clock clock, Duration imageReadyAfter, long idSeed, String defaultAccountId,
      MockBehaviour behaviour, Seed seed, String seedSource, int journalCapacity, int maxBodyBytes) {
    this(clock, imageReadyAfter, idSeed, defaultAccountId, behaviour, seed, seedSource, journalCapacity, maxBodyBytes,
        true);
  }
}
