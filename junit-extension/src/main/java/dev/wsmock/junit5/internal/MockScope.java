package dev.wsmock.junit5.internal;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.internal.sdk.SdkClients;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One running mock and the SDK clients built for it, closed together by the JUnit store that holds them (the class
 * store for a shared mock, the method store for a test's own).
 */
final class MockScope implements AutoCloseable {
  /** Which SDK client, for whom. */
  record ClientKey(String typeName, String accountId, String region) {}

  private final ExtensionSettings settings;
  private final WorkSpacesMock mock;
  private final Clock clock;
  private final ConcurrentMap<ClientKey, AutoCloseable> clients = new ConcurrentHashMap<>();

  private MockScope(ExtensionSettings settings, WorkSpacesMock mock, Clock clock) {
    this.settings = settings;
    this.mock = mock;
    this.clock = clock;
  }

  static MockScope start(ExtensionSettings settings) {
    Clock clock = settings.newClock();
    return new MockScope(settings, settings.start(clock), clock);
  }

  ExtensionSettings settings() {
    return settings;
  }

  WorkSpacesMock mock() {
    return mock;
  }

  Clock clock() {
    return clock;
  }

  /** Back to the seed: model, journal, and the user's own WireMock stubs (the faults a test added). */
  void reset() {
    mock.wireMock().resetMappings();
    mock.reset();
  }

  /** The client for {@code key}, built on first use; parallel tests sharing this mock share it (SDK clients are thread-safe). */
  Object client(ClientKey key) {
    // SdkClients is only loaded here, so users without the SDK never touch it.
    return clients.computeIfAbsent(
        key,
        k ->
            SdkClients.build(
                k.typeName(), mock.endpoint(), k.accountId(), k.region(), settings.fastRetries()));
  }

  @Override
  public void close() throws Exception {
    List<Exception> failures = new ArrayList<>();
    for (AutoCloseable client : clients.values()) {
      try {
        client.close();
      } catch (Exception e) {
        failures.add(e);
      }
    }
    clients.clear();
    mock.close();
    if (!failures.isEmpty()) {
      Exception first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }
}
