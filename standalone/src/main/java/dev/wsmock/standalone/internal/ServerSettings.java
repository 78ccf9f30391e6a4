package dev.wsmock.standalone.internal;

import dev.wsmock.MockBehaviour;
import dev.wsmock.WireMockFeature;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What the command line asked for; {@code seed} and {@code adminToken} may be {@code null}.
 *
 * @param wireMockFeatures the WireMock features {@code --enable-wiremock} turned on
 * @param adminHosts the {@code --admin-host} names
 */
public record ServerSettings(
    int port,
    String bind,
    Path seed,
    Duration imageReadyAfter,
    String defaultAccount,
    long idSeed,
    int journalCapacity,
    MockBehaviour behaviour,
    boolean verbose,
    boolean allowRemote,
    String adminToken,
    boolean strictAuth,
    List<String> extraRegions,
    Set<WireMockFeature> wireMockFeatures,
    List<String> adminHosts) {
  public ServerSettings {
    extraRegions = List.copyOf(extraRegions);
  }
}
