package dev.wsmock.standalone.internal;

import dev.wsmock.MockBehaviour;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the command line asked for; {@code seed} and {@code adminToken} may be {@code null}. */
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
    List<String> extraRegions) {
  public ServerSettings {
    extraRegions = List.copyOf(extraRegions);
  }
}
