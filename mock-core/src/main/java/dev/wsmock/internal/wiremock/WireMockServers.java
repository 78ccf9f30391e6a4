package dev.wsmock.internal.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
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

  public static WireMockServer start(
      MockRuntime runtime,
      int port,
      String bindAddress,
      int wireMockJournalEntries,
      List<Extension> extraExtensions) {
    List<Extension> extensions = new ArrayList<>();
    ModelRoute route = new ModelRoute(runtime);
    extensions.add(route);
    extensions.add(new WorkSpacesTransformer(runtime));
    extensions.add(new ModelStubLoader());
    extensions.addAll(extraExtensions);
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .port(port)
            .bindAddress(bindAddress)
            .templatingEnabled(false)
            .stubRequestLoggingDisabled(true)
            .notifier(new Slf4jNotifier(false))
            .extensions(extensions.toArray(Extension[]::new));
    if (wireMockJournalEntries > 0) {
      options.maxRequestJournalEntries(wireMockJournalEntries);
    } else {
      options.disableRequestJournal();
    }
    WireMockServer server = new WireMockServer(options);
    server.start();
    ensureModelStub(server);
    route.attach(server);
    return server;
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
