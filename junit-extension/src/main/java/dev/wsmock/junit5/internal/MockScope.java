package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.internal.sdk.CassetteSink;
import dev.wsmock.junit5.internal.sdk.InvocationObserver;
import dev.wsmock.junit5.internal.sdk.SdkClients;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One running mock and the SDK clients built for it, closed together by the JUnit store that holds them (the class
 * store for a shared mock, the method store for a test's own). It also attributes each journaled call to the test
 * that made it ({@link TestWindow}): the injected clients report which test's thread sent each invocation.
 */
final class MockScope implements AutoCloseable, InvocationObserver {
  /** Which SDK client, for whom. */
  record ClientKey(String typeName, String accountId, String region) {}

  private final ExtensionSettings settings;
  private final WorkSpacesMock mock;
  private final Clock clock;
  private final ConcurrentMap<ClientKey, AutoCloseable> clients = new ConcurrentHashMap<>();

  /** The test running on each thread, between its {@code beforeEach} and {@code afterEach}. */
  private final ThreadLocal<TestWindow> running = new ThreadLocal<>();

  private final Set<TestWindow> open = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<String, TestWindow> byInvocation = new ConcurrentHashMap<>();

  /** Where each test's cassette goes, or null when none was asked for. */
  private final Path cassettes;

  // Made with the first client, when cassettes are asked for: typed Object so that loading this
  // class needs no SDK.
  private volatile Object sink;

  private MockScope(ExtensionSettings settings, WorkSpacesMock mock, Clock clock, Path cassettes) {
    this.settings = settings;
    this.mock = mock;
    this.clock = clock;
    this.cassettes = cassettes;
    mock.journal().addListener(this::attribute); // once per mock: listeners outlive resets
  }

  /** A mock for {@code settings}; with {@code cassettes} each test's injected-client traffic is written there. */
  static MockScope start(ExtensionSettings settings, Path cassettes) {
    Clock clock = settings.newClock();
    return new MockScope(settings, settings.start(clock), clock, cassettes);
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

  /** Opens the window of the test running on this thread: the calls it makes from now on are its own. */
  TestWindow open(AppliedFaults applied) {
    TestWindow window = new TestWindow(this, applied);
    open.add(window);
    running.set(window);
    return window;
  }

  /**
   * Closes {@code window}, on the thread that opened it; {@code cassetteName} (a path relative to the cassette
   * directory) is where its traffic goes when cassettes were asked for.
   */
  void close(TestWindow window, String cassetteName) {
    if (sink != null) {
      ((CassetteSink) sink).write(window, cassettes.resolve(cassetteName));
    }
    open.remove(window);
    window.close().forEach(byInvocation::remove);
    if (running.get() == window) {
      running.remove();
    }
  }

  @Override
  public Object caller() {
    return running.get();
  }

  @Override
  public void sending(Object caller, String invocationId) {
    TestWindow window = (TestWindow) caller;
    if (window.claim(invocationId)) {
      byInvocation.put(invocationId, window);
    }
  }

  /** A journaled call: its sender's, else the one running test's, else nobody's (counted by each running test). */
  private void attribute(RecordedCall call) {
    TestWindow sender =
        call.sdkInvocationId() == null ? null : byInvocation.get(call.sdkInvocationId());
    if (sender != null) {
      sender.add(call);
      return;
    }
    List<TestWindow> candidates = List.copyOf(open);
    if (candidates.size() == 1) {
      candidates.get(0).add(call);
    } else {
      candidates.forEach(TestWindow::countUnattributed);
    }
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
                k.typeName(),
                mock.endpoint(),
                k.accountId(),
                k.region(),
                settings.fastRetries(),
                this,
                cassetteSink()));
  }

  private synchronized CassetteSink cassetteSink() {
    if (cassettes != null && sink == null) {
      sink = new CassetteSink();
    }
    return (CassetteSink) sink;
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
