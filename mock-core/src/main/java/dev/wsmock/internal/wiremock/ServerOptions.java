package dev.wsmock.internal.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import dev.wsmock.WireMockFeature;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the HTTP server of a mock is set up, beside the model's own settings.
 *
 * @param wireMockJournalEntries WireMock's own request journal, bounded; 0 keeps it off
 * @param features the WireMock features a user turned on; none by default
 * @param adminHosts host names, besides {@code localhost} and IP addresses, that WireMock's admin API answers under
 * @param bodyReadDeadline how long a request body may take to arrive before the request is answered 408
 * @param onShutdownRequest what {@code POST /__admin/shutdown} does once {@link WireMockFeature#SHUTDOWN} allows it
 */
public record ServerOptions(
    int port,
    String bindAddress,
    int wireMockJournalEntries,
    List<Extension> extensions,
    Set<WireMockFeature> features,
    Set<String> adminHosts,
    Duration bodyReadDeadline,
    Runnable onShutdownRequest) {

  /** Generous for any client on a working network: a slow sender holds no thread while it is waited for. */
  public static final Duration DEFAULT_BODY_READ_DEADLINE = Duration.ofSeconds(30);

  /**
   * Bodies of admin requests (seeds, scenario documents, stubs) may be larger than AWS requests, but not unbounded.
   */
  public static final int MAX_ADMIN_BODY_BYTES = 16 << 20;

  public ServerOptions {
    Objects.requireNonNull(bindAddress, "bindAddress");
    extensions = List.copyOf(extensions);
    features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    adminHosts =
        adminHosts.stream().map(ServerOptions::hostName).collect(Collectors.toUnmodifiableSet());
    if (bodyReadDeadline.isNegative() || bodyReadDeadline.isZero()) {
      throw new IllegalArgumentException(
          "the body read deadline must be positive: " + bodyReadDeadline);
    }
    Objects.requireNonNull(onShutdownRequest, "onShutdownRequest");
  }

  /** The defaults of {@code WorkSpacesMock.builder()}: loopback, a free port, every feature off. */
  public static ServerOptions defaults() {
    return new ServerOptions(
        0, "127.0.0.1", 0, List.of(), Set.of(), Set.of(), DEFAULT_BODY_READ_DEADLINE, () -> {});
  }

  public ServerOptions withBodyReadDeadline(Duration deadline) {
    return new ServerOptions(
        port,
        bindAddress,
        wireMockJournalEntries,
        extensions,
        features,
        adminHosts,
        deadline,
        onShutdownRequest);
  }

  public boolean enabled(WireMockFeature feature) {
    return features.contains(feature);
  }

  /** A host name as a {@code Host} header carries it, compared case-insensitively and without a trailing dot. */
  static String hostName(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
