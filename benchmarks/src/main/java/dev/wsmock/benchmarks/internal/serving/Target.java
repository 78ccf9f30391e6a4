package dev.wsmock.benchmarks.internal.serving;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.benchmarks.internal.Seeds;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** A server the load driver measures. */
sealed interface Target extends AutoCloseable {
  /** Short column name. */
  String name();

  /** One line on how it is configured, for the report. */
  String description();

  URI endpoint();

  ServerMeter meter();

  /** Called before each measured round. */
  default void beforeRound() {}

  @Override
  void close();

  /** The stateful mock with its defaults (bounded call journal, WireMock's journal off), seeded realistically. */
  record Mock(WorkSpacesMock mock, ServerMeter meter) implements Target {
    static Mock start() {
      return new Mock(
          WorkSpacesMock.builder().seed(Seeds.realistic()).start(), ServerMeter.jettyThreads());
    }

    @Override
    public String name() {
      return "mock";
    }

    @Override
    public String description() {
      return "WorkSpacesMock.builder().seed(20 images, 5 shares, 2 bundles).start(): defaults, call journal bounded at 10,000";
    }

    @Override
    public URI endpoint() {
      return mock.endpoint();
    }

    @Override
    public void close() {
      mock.close();
    }
  }

  /**
   * WireMock with hand-written static stubs: one per operation, matched on {@code X-Amz-Target}, answering the
   * bytes the mock sent. {@code journal} keeps WireMock's default unbounded request journal, emptied before each
   * round the way a per-test {@code resetAll()} would; without it the server is configured exactly like the mock's
   * (journal off, templating off, quiet notifier), which makes it the floor.
   */
  record StaticWireMock(String name, boolean journal, WireMockServer server, ServerMeter meter)
      implements Target {
    static StaticWireMock start(boolean journal, Map<String, CapturedAnswer> answers) {
      WireMockConfiguration options =
          WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1");
      if (!journal) {
        options
            .disableRequestJournal()
            .templatingEnabled(false)
            .stubRequestLoggingDisabled(true)
            .notifier(new Slf4jNotifier(false));
      }
      WireMockServer server = new WireMockServer(options);
      server.start();
      answers.forEach(
          (operation, answer) ->
              server.stubFor(
                  post(urlEqualTo("/"))
                      .withHeader("X-Amz-Target", equalTo("WorkspacesService." + operation))
                      .willReturn(
                          aResponse()
                              .withStatus(answer.status())
                              .withHeader("Content-Type", answer.contentType())
                              .withHeader(
                                  "x-amzn-RequestId", "00000000-0000-4000-8000-000000000000")
                              .withBody(answer.body()))));
      return new StaticWireMock(
          journal ? "static" : "static-nojournal", journal, server, ServerMeter.jettyThreads());
    }

    @Override
    public String description() {
      return journal
          ? "new WireMockServer(options().dynamicPort()): default configuration, unbounded request journal (reset before each round)"
          : "static stubs, configured like the mock's server: request journal disabled, templating off";
    }

    @Override
    public URI endpoint() {
      return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void beforeRound() {
      if (journal) {
        server.resetRequests();
      }
    }

    @Override
    public void close() {
      server.stop();
    }
  }

  /** moto's server in its own process, with images its setup script created; measured by that process's CPU. */
  record Moto(
      MotoServer server, String version, MeasuredImages images, Duration setUpIn, ServerMeter meter)
      implements Target {
    /** Starts moto with {@code python} and creates the measured images, the described one shared {@code shares} times. */
    static Moto start(String python, int shares) throws MotoServer.Unavailable {
      long started = System.nanoTime();
      MotoServer server = MotoServer.start(python);
      try {
        MotoServer.Setup setup = server.createImages(shares);
        return new Moto(
            server,
            setup.motoVersion(),
            setup.images(),
            Duration.ofNanos(System.nanoTime() - started),
            ServerMeter.procStat(server.pid()));
      } catch (MotoServer.Unavailable | RuntimeException e) {
        server.close();
        throw e;
      }
    }

    @Override
    public String name() {
      return "moto";
    }

    @Override
    public String description() {
      return "python3 -m moto.server (moto "
          + version
          + ", Werkzeug, a thread per connection, Connection: close on "
          + "every answer), images created through boto3 by moto/setup_workspace_images.py";
    }

    @Override
    public URI endpoint() {
      return server.endpoint();
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
