package dev.wsmock.internal.wiremock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.wsmock.internal.MockRuntime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fast route into the model: while the model's catch-all is the only stub, a request filter answers from the
 * model before WireMock's stub matching runs. Matching a single catch-all buys nothing, yet it was about an eighth of
 * the server's CPU per request (match results, sub-events, transformer lookup; measured with JFR under raw load).
 *
 * <p>As soon as a user adds a stub of their own, every request takes WireMock's normal path again, where user stubs
 * win over the catch-all by priority ({@link WorkSpacesTransformer}). The filter learns about stub changes from
 * WireMock's stub lifecycle events and re-reads the stub list once per change, never per request.
 */
final class ModelRoute implements RequestFilterV2, StubLifecycleListener {
  static final String NAME = "wsmock-model-route";
  private final MockRuntime runtime;
  private volatile WireMockServer server;

  /** Bumped by every stub change (stubs may also come from files at start, hence a read before the first answer). */
  private final AtomicLong stubVersion = new AtomicLong();

  /** What the stubs looked like at a version; a stale write is harmless, its version no longer matches. */
  private volatile StubsSeen seen = new StubsSeen(-1, false);

  private record StubsSeen(long version, boolean onlyModelStub) {}

  ModelRoute(MockRuntime runtime) {
    this.runtime = runtime;
  }

  /** The server this filter runs in; until it is known, requests take WireMock's normal path. */
  void attach(WireMockServer server) {
    this.server = server;
    stubVersion.incrementAndGet();
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    // serveEvent's request is the one WireMock logged: headers and body already copied out of the
    // servlet.
    if (!onlyModelStub()) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.stopWith(
        WorkSpacesTransformer.toResponse(
                runtime.serve(WorkSpacesTransformer.toCall(serveEvent.getRequest())))
            .build());
  }

  private boolean onlyModelStub() {
    WireMockServer attached = server;
    if (attached == null) {
      return false;
    }
    long version =
        stubVersion.get(); // read before the stubs, so a change during the read is seen next time
    StubsSeen current = seen;
    if (current.version() != version) {
      current =
          new StubsSeen(
              version,
              attached.getStubMappings().stream()
                  .allMatch(stub -> WireMockServers.MODEL_STUB_ID.equals(stub.getId())));
      seen = current;
    }
    return current.onlyModelStub();
  }

  @Override
  public void afterStubCreated(StubMapping stub) {
    stubVersion.incrementAndGet();
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    stubVersion.incrementAndGet();
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    stubVersion.incrementAndGet();
  }

  @Override
  public void afterStubsReset() {
    stubVersion.incrementAndGet();
  }

  @Override
  public boolean applyToAdmin() {
    return false;
  }

  @Override
  public boolean applyToStubs() {
    return true;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
