package dev.wsmock.internal.hardening;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.wsmock.Seed;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.wiremock.ServerOptions;
import dev.wsmock.internal.wiremock.WireMockServers;
import java.net.URI;

/**
 * A mock's runtime behind the same WireMock server {@code WorkSpacesMock} starts, with server options a test may
 * change (a short body read deadline, say) that the public builder does not offer.
 */
final class HardenedServer implements AutoCloseable {
  final MockRuntime runtime;
  final WireMockServer server;

  private HardenedServer(MockRuntime runtime, WireMockServer server) {
    this.runtime = runtime;
    this.server = server;
  }

  static HardenedServer start(Seed seed, ServerOptions options) {
    MockRuntime runtime = InProcess.runtime(seed);
    return new HardenedServer(runtime, WireMockServers.start(runtime, options));
  }

  int port() {
    return server.port();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port());
  }

  @Override
  public void close() {
    server.stop();
  }
}
