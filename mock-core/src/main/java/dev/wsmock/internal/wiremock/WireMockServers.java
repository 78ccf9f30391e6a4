package dev.wsmock.internal.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockApp;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.wsmock.WireMockFeature;
import dev.wsmock.internal.MockRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the WireMock server a mock runs in: one catch-all stub at the lowest priority sends everything to the
 * model, so a user's own stubs (default priority 5) still win and WireMock's admin API keeps working. While that
 * catch-all is the only stub, {@link ModelRoute} answers before stub matching, which then has nothing to decide.
 *
 * <p>WireMock's request journal is unbounded by default (measured: +8.4 KiB per request); it is off here unless
 * asked for, and then bounded. The mock's own {@code CallJournal} is bounded and cheaper.
 */
public final class WireMockServers {
  /** Lower than any priority a user would give a stub (WireMock's default is 5; 1 is the highest). */
  public static final int MODEL_STUB_PRIORITY = 10_000;

  static final UUID MODEL_STUB_ID = UUID.fromString("00000000-7773-6d6f-636b-000000000001");

  private WireMockServers() {}

  public static WireMockServer start(MockRuntime runtime, ServerOptions server) {
    List<Extension> extensions = new ArrayList<>();
    ModelRoute route = new ModelRoute(runtime);
    FeatureGuard features = new FeatureGuard(server);
    extensions.add(route);
    extensions.add(new WorkSpacesTransformer(runtime));
    extensions.add(new ModelStubLoader());
    extensions.add(features);
    extensions.addAll(server.extensions());
    GuardedJettyServer.Configuration options =
        new GuardedJettyServer.Configuration(runtime, server);
    options
        .port(server.port())
        .bindAddress(server.bindAddress())
        .templatingEnabled(false)
        .stubRequestLoggingDisabled(true)
        .http2PlainDisabled(true)
        // Latency faults: the answer is written by a timer when its delay is over; no request
        // thread waits.
        .asynchronousResponseEnabled(true)
        .notifier(new RefusalsAreNotErrors(new Slf4jNotifier(false)))
        .extensions(extensions.toArray(Extension[]::new));
    options.mappingSource(
        features.mappings(
            new JsonFileMappingsSource(
                options.filesRoot().child(WireMockApp.MAPPINGS_ROOT), options.getFilenameMaker())));
    if (!server.enabled(WireMockFeature.PROXYING)) {
      // Proxy stubs and webhooks are refused when they are added; this makes sure nothing connects
      // out anyway.
      options.limitProxyTargets(
          NetworkAddressRules.builder().deny("0.0.0.0-255.255.255.255").deny("*").build());
    }
    if (server.wireMockJournalEntries() > 0) {
      options.maxRequestJournalEntries(server.wireMockJournalEntries());
    } else {
      options.disableRequestJournal();
    }
    WireMockServer wireMock = new ShutdownByRequest(options, server.onShutdownRequest());
    wireMock.start();
    ensureModelStub(wireMock);
    route.attach(wireMock);
    return wireMock;
  }

  /**
   * WireMock's {@code POST /__admin/shutdown} stops Jetty and nothing else: the mock stayed open and the standalone
   * server's process kept running without a word. Here it does what the owner of the mock says a stop is.
   */
  private static final class ShutdownByRequest extends WireMockServer {
    private final Runnable onShutdownRequest;

    ShutdownByRequest(GuardedJettyServer.Configuration options, Runnable onShutdownRequest) {
      super(options);
      this.onShutdownRequest = onShutdownRequest;
    }

    @Override
    public void shutdown() {
      // Like WireMock: after a moment, so that the answer to the shutdown request is sent first.
      Thread stopping =
          new Thread(
              () -> {
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                onShutdownRequest.run();
              },
              "wsmock-admin-shutdown");
      stopping.setDaemon(false);
      stopping.start();
    }
  }

  /**
   * WireMock logs an admin request that failed as an error with its stack trace; a feature refused on purpose is an
   * answer ({@link FeatureCheckFilter}), not an error.
   */
  private record RefusalsAreNotErrors(Notifier delegate) implements Notifier {
    @Override
    public void info(String message) {
      delegate.info(message);
    }

    @Override
    public void error(String message) {
      delegate.error(message);
    }

    @Override
    public void error(String message, Throwable t) {
      if (t instanceof WireMockFeatureRefused refused) {
        delegate.info(refused.getMessage());
      } else {
        delegate.error(message, t);
      }
    }
  }

  /** Puts the catch-all stub back if a user removed every stub ({@code DELETE /__admin/mappings}). */
  public static void ensureModelStub(WireMockServer server) {
    if (server.getStubMappings().stream().noneMatch(s -> MODEL_STUB_ID.equals(s.getId()))) {
      server.addStubMapping(modelStub());
    }
  }

  static StubMapping modelStub() {
    return any(anyUrl())
        .atPriority(MODEL_STUB_PRIORITY)
        .withId(MODEL_STUB_ID)
        .willReturn(aResponse().withTransformers(WorkSpacesTransformer.NAME))
        .build();
  }
}
