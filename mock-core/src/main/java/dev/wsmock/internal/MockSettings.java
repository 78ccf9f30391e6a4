package dev.wsmock.internal;

import dev.wsmock.CallJournal;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Seed;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything a mock is built from, gathered by the public builder.
 *
 * @param strictResponses check every answer against the service contract and turn a breach into a loud 500
 * @param strictAuth verify SigV4 signatures with the seed's {@code SecretAccessKeys}
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
    long journalMaxBytes,
    int maxBodyBytes,
    boolean strictResponses,
    boolean strictAuth) {

  /** Settings with strict responses on and strict auth off, the defaults. */
  public MockSettings(
      Clock clock,
      Duration imageReadyAfter,
      long idSeed,
      String defaultAccountId,
      MockBehaviour behaviour,
      Seed seed,
      String seedSource,
      int journalCapacity,
      int maxBodyBytes) {
    this(
        clock,
        imageReadyAfter,
        idSeed,
        defaultAccountId,
        behaviour,
        seed,
        seedSource,
        journalCapacity,
        CallJournal.DEFAULT_MAX_BYTES,
        maxBodyBytes,
        true,
        false);
  }
}
