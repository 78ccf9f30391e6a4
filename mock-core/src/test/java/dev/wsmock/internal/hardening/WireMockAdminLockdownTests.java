package dev.wsmock.internal.hardening;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.admin.AdminRoutes;
import com.github.tomakehurst.wiremock.admin.RequestSpec;
import dev.wsmock.Seed;
import dev.wsmock.WireMockFeature;
import dev.wsmock.WorkSpacesMock;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * WireMock's admin API on a default mock, attacked as a web page a developer opens would attack it: DNS rebinding
 * (a foreign {@code Host}), cross-origin requests, CSRF "simple requests" ({@code text/plain}), and the routes that
 * reach outside the mock (proxying, files, shutdown). Before, every one of these was served, and WireMock answered
 * any {@code Origin} with CORS headers allowing credentials.
 */
class WireMockAdminLockdownTests {
  private static final Seed SEED =
      Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build();
  private static WorkSpacesMock mock;
  private static WorkSpacesClient owner;
  private static String stateBefore;

  @BeforeAll
  static void start() {
    mock = WorkSpacesMock.builder().seed(SEED).start();
    owner = SlowSendersTests.client(mock);
    stateBefore = mock.exportStateJson();
  }

  @AfterAll
  static void stop() {
    owner.close();
    mock.close();
  }

  /** An attack: what it changes about an otherwise well-formed admin request, and the refusal it must get. */
  enum Attack {
    FOREIGN_HOST(403, "InvalidHost"),
    FOREIGN_ORIGIN(403, "CrossOriginRequest"),
    CROSS_SITE_FETCH(403, "CrossOriginRequest"),
    TEXT_PLAIN_BODY(415, "UnsupportedMediaType"),
    BODY_WITHOUT_CONTENT_TYPE(415, "UnsupportedMediaType");

    final int status;
    final String error;

    Attack(int status, String error) {
      this.status = status;
      this.error = error;
    }

    String request(String method, String path, int port) {
      String host = this == FOREIGN_HOST ? "rebind.attacker.example:" + port : "127.0.0.1:" + port;
      StringBuilder request =
          new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
      if (this == FOREIGN_ORIGIN) {
        request.append("Origin: http://attacker.example\r\n");
      }
      if (this == CROSS_SITE_FETCH) {
        request.append("Sec-Fetch-Site: cross-site\r\n");
      }
      if (this == TEXT_PLAIN_BODY) {
        request.append("Content-Type: text/plain;charset=UTF-8\r\n");
      } else if (this != BODY_WITHOUT_CONTENT_TYPE) {
        request.append("Content-Type: application/json\r\n");
      }
      return request.append("Content-Length: 2\r\nConnection: close\r\n\r\n{}").toString();
    }
  }

  /** Every route of WireMock's admin API, read from its own route table. */
  static List<RequestSpec> wireMockRoutes() throws ReflectiveOperationException {
    Field table = AdminRoutes.class.getDeclaredField("routes");
    table.setAccessible(true);
    Map<?, ?> routes = (Map<?, ?>) table.get(AdminRoutes.forServer(List.of(), null));
    return routes.keySet().stream().map(RequestSpec.class::cast).toList();
  }

  /** A path that the route's template matches: ids and names filled in, {@code **} a file name. */
  static String concretePath(RequestSpec route) {
    return "/__admin"
        + template(route)
            .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001")
            .replace("**", "mapping.json");
  }

  static String template(RequestSpec route) {
    return route.getUriTemplate().toString();
  }

  static Stream<Object[]> routesAndAttacks() throws ReflectiveOperationException {
    List<Object[]> cases = new ArrayList<>();
    for (RequestSpec route : wireMockRoutes()) {
      for (Attack attack : Attack.values()) {
        cases.add(new Object[] {route.method().getName() + " " + concretePath(route), attack});
      }
    }
    return cases.stream();
  }

  @Test
  void the_route_table_is_read_whole() throws ReflectiveOperationException {
    List<RequestSpec> routes = wireMockRoutes();
    System.out.printf("[hardening] WireMock admin routes attacked: %d%n", routes.size());
    assertThat(routes.stream().map(WireMockAdminLockdownTests::template))
        .contains("/mappings", "/files/**", "/shutdown", "/recordings/start", "/settings")
        .hasSizeGreaterThan(50);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("routesAndAttacks")
  void every_admin_route_refuses_the_attack_in_admin_json_and_changes_nothing(
      String route, Attack attack) {
    String[] methodAndPath = route.split(" ", 2);

    RawHttp.Response answer =
        RawHttp.firstAnswer(
            mock.port(),
            attack
                .request(methodAndPath[0], methodAndPath[1], mock.port())
                .getBytes(StandardCharsets.ISO_8859_1),
            Duration.ofSeconds(30));

    answer.isAdminError(attack.status, attack.error);
    assertThat(answer.headers().keySet()).noneMatch(h -> h.startsWith("Access-Control"));
    assertThat(mock.wireMock().getStubMappings())
        .hasSize(1); // the model's catch-all, nothing added
    assertThat(mock.exportStateJson()).isEqualTo(stateBefore);
    assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1); // still serving
  }

  @Test
  void a_preflight_from_another_origin_is_refused_without_cors_headers() {
    RawHttp.Response answer =
        answer(
            "OPTIONS /__admin/mappings HTTP/1.1\r\nHost: 127.0.0.1:"
                + mock.port()
                + "\r\nOrigin: http://attacker.example\r\nAccess-Control-Request-Method: PUT\r\n"
                + "Access-Control-Request-Headers: content-type\r\n\r\n");

    answer.isAdminError(403, "CrossOriginRequest");
    assertThat(answer.headers().keySet()).noneMatch(h -> h.startsWith("Access-Control"));
  }

  @Test
  void the_server_itself_as_origin_and_a_plain_local_client_are_served() {
    RawHttp.Response sameOrigin =
        answer(
            "GET /__admin/mappings HTTP/1.1\r\nHost: 127.0.0.1:"
                + mock.port()
                + "\r\nOrigin: http://127.0.0.1:"
                + mock.port()
                + "\r\nSec-Fetch-Site: same-origin\r\n\r\n");
    RawHttp.Response localhost =
        answer("GET /__admin/mappings HTTP/1.1\r\nHost: localhost:" + mock.port() + "\r\n\r\n");

    assertThat(sameOrigin.status()).isEqualTo(200);
    assertThat(sameOrigin.headers().keySet()).noneMatch(h -> h.startsWith("Access-Control"));
    assertThat(localhost.status()).isEqualTo(200);
    assertThat(localhost.json().path("mappings").isArray()).isTrue();
  }

  @Test
  void bad_input_that_fails_inside_wiremock_is_a_json_4xx_not_a_500() {
    answer(json("POST /__admin/mappings", "null")).isAdminError(400, "InvalidRequest");
    answer(json("POST /__admin/mappings/import", "{\"mappings\":null}"))
        .isAdminError(400, "InvalidRequest");
    answer("GET /__admin/mappings?limit=-1&offset=zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .isAdminError(400, "InvalidRequest");
    answer("GET /__admin/requests HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .isAdminError(409, "RequestJournalDisabled");
    assertThat(mock.wireMock().getStubMappings()).hasSize(1);
  }

  @Test
  void an_unknown_admin_route_is_a_json_404() {
    answer("GET /__admin/no-such-route HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .isAdminError(404, "NotFound");
  }

  @Test
  void routes_that_reach_outside_the_mock_are_refused_by_default_naming_the_option() {
    for (String request :
        List.of(
            "GET /__admin/files",
            "PUT /__admin/files/hello.json",
            "DELETE /__admin/files/hello.json",
            "POST /__admin/mappings/save",
            "POST /__admin/recordings/start",
            "POST /__admin/recordings/snapshot",
            "GET /__admin/recorder",
            "POST /__admin/shutdown",
            "POST /__admin/Shutdown",
            "POST /__admin//shutdown",
            "POST /__admin/%73hutdown")) {
      RawHttp.Response answer = answer(json(request, "{\"targetBaseUrl\":\"http://127.0.0.1:1\"}"));
      answer.isAdminError(403, "FeatureDisabled");
      assertThat(answer.json().path("message").asText()).contains("enableWireMockFeatures");
    }
    assertThat(serving()).isTrue();
  }

  @Test
  void a_proxy_stub_a_webhook_and_a_persistent_stub_are_refused_and_nothing_connects_out()
      throws IOException {
    try (ServerSocketChannel target = ServerSocketChannel.open()) {
      target.bind(new InetSocketAddress("127.0.0.1", 0));
      target.configureBlocking(false);
      String targetUrl = "http://127.0.0.1:" + target.socket().getLocalPort();
      String proxy =
          "{\"request\":{\"url\":\"/proxied\"},\"response\":{\"proxyBaseUrl\":\""
              + targetUrl
              + "\"}}";
      String webhook =
          "{\"request\":{\"url\":\"/hooked\"},\"response\":{\"status\":200},"
              + "\"serveEventListeners\":[{\"name\":\"webhook\",\"parameters\":{\"method\":\"POST\","
              + "\"url\":\""
              + targetUrl
              + "\"}}]}";
      String persistent =
          "{\"request\":{\"url\":\"/kept\"},\"response\":{\"status\":200},\"persistent\":true}";

      for (String stub : List.of(proxy, webhook, persistent)) {
        answer(json("POST /__admin/mappings", stub)).isAdminError(403, "FeatureDisabled");
        answer(json("POST /__admin/mappings/import", "{\"mappings\":[" + stub + "]}"))
            .isAdminError(403, "FeatureDisabled");
      }
      assertThatThrownBy(
              () ->
                  mock.wireMock()
                      .stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(targetUrl))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("enableWireMockFeatures(WireMockFeature.PROXYING)");
      RawHttp.Response proxied = answer("GET /proxied HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

      assertThat(proxied.status()).isEqualTo(404); // the model answers: no proxy stub exists
      assertThat(mock.wireMock().getStubMappings()).hasSize(1);
      assertThat(target.accept()).as("a connection to the would-be proxy target").isNull();
    }
  }

  @Test
  void with_proxying_enabled_a_proxy_stub_forwards_to_its_target() {
    try (WorkSpacesMock target = WorkSpacesMock.builder().seed(SEED).start();
        WorkSpacesMock proxying =
            WorkSpacesMock.builder().enableWireMockFeatures(WireMockFeature.PROXYING).start();
        WorkSpacesClient viaProxy = SlowSendersTests.client(proxying)) {
      proxying
          .wireMock()
          .stubFor(
              post(urlEqualTo("/"))
                  .willReturn(aResponse().proxiedFrom(target.endpoint().toString())));

      assertThat(viaProxy.describeWorkspaceImages(r -> {}).images())
          .hasSize(1); // the target's image
      assertThat(proxying.images("us-east-1")).isEmpty();
    }
  }

  @Test
  void with_shutdown_enabled_the_admin_shutdown_stops_the_mock() throws Exception {
    WorkSpacesMock stoppable =
        WorkSpacesMock.builder().enableWireMockFeatures(WireMockFeature.SHUTDOWN).start();
    int port = stoppable.port();

    RawHttp.Response answer =
        RawHttp.firstAnswer(
            port,
            ("POST /__admin/shutdown HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1),
            Duration.ofSeconds(30));

    assertThat(answer.status()).isEqualTo(200);
    stoppable.whenStopped().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertThat(stoppable.wireMock().isRunning()).isFalse();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
  }

  @Test
  void a_configured_admin_host_is_served() {
    try (WorkSpacesMock named = WorkSpacesMock.builder().adminHosts("wsmock").start()) {
      RawHttp.Response answer =
          RawHttp.firstAnswer(
              named.port(),
              ("GET /__admin/mappings HTTP/1.1\r\nHost: WSMOCK:" + named.port() + "\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1),
              Duration.ofSeconds(30));
      assertThat(answer.status()).isEqualTo(200);
    }
  }

  private boolean serving() {
    return answer("GET /__admin/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status() == 200;
  }

  private static String json(String methodAndPath, String body) {
    return methodAndPath
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  private static RawHttp.Response answer(String request) {
    return RawHttp.firstAnswer(
        mock.port(), request.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
  }
}
