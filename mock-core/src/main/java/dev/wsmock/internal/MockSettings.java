package dev.wsmock.internal;

import dev.wsmock.MockBehaviour;
import dev.wsmock.Seed;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Everything a mock is built from, gathered by the public builder.
 *
 * @param strictResponses check every answer against the service contract and turn a breach into a loud 500
 * @param strictAuth verify SigV4 signatures with the seed's {@code SecretAccessKeys}
 * @param extraRegions region names accepted beside AWS's own (see {@code RegionNames})
 * @param pageTokenKey the key page tokens are signed with; {@code null} draws a random one for this mock
 * @param checkInvariants verify the whole state after every call and fail that call loudly if it broke one
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
    boolean strictAuth,
    Set<String> extraRegions,
    Long pageTokenKey,
    boolean checkInvariants) {

  public MockSettings {
    extraRegions = Set.copyOf(extraRegions);
  }
}
