package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.admin.AdminRoutes;
import com.github.tomakehurst.wiremock.admin.RequestSpec;
import dev.wsmock.standalone.internal.admin.MockAccess;
import dev.wsmock.standalone.internal.admin.WorkspacesAdminApi;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The admin API of the standalone server, WireMock's routes and the mock's own under {@code /__admin/workspaces},
 * against web pages: a foreign {@code Host} (DNS rebinding), a foreign {@code Origin}, a {@code text/plain} body
 * (a CSRF "simple request"). Before, all were served; {@code POST /__admin/shutdown} closed the port and left the
 * java process running without a word, so a CI job waiting on it hung.
 */
class AdminLockdownTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every admin route the server has: WireMock's route table with the mock's own routes added, as served. */
  static List<RequestSpec> routes() throws ReflectiveOperationException {
    Field table = AdminRoutes.class.getDeclaredField("routes");
    table.setAccessible(true);
    Map<?, ?> routes =
        (Map<?, ?>)
            table.get(
                AdminRoutes.forServer(List.of(new WorkspacesAdminApi(new MockAccess())), null));
    return routes.keySet().stream().map(RequestSpec.class::cast).toList();
  }

  @Test
  void every_admin_route_refuses_a_foreign_host_a_foreign_origin_and_a_text_plain_body()
      throws Exception {
    List<RequestSpec> routes = routes();
    assertThat(routes.stream().map(r -> r.getUriTemplate().toString()))
        .contains("/workspaces/seed", "/workspaces/faults", "/mappings", "/shutdown");
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), Sdk.OWNER_KEY)) {
      String state = Http.get(server.endpoint(), "/__admin/workspaces/state").body();
      int port = server.endpoint().getPort();
      List<String> served = new ArrayList<>();
      for (RequestSpec route : routes) {
        String method = route.method().getName();
        String path =
            "/__admin"
                + route
                    .getUriTemplate()
                    .toString()
                    .replaceAll("\\{[^}]+}", "wsi-golden0001")
                    .replace("**", "stub.json");
        String[][] attacks = {
          {"rebind.attacker.example:" + port, null, "application/json", "InvalidHost"},
          {
            "127.0.0.1:" + port, "http://attacker.example", "application/json", "CrossOriginRequest"
          },
          {"127.0.0.1:" + port, null, "text/plain", "UnsupportedMediaType"}
        };
        for (String[] attack : attacks) {
          Answer answer = send(port, method, path, attack[0], attack[1], attack[2], "{}");
          if (!answer.isAdminError(attack[3])) {
            served.add(method + " " + path + " [" + attack[3] + "]: " + answer);
          }
        }
      }

      System.out.printf(
          "[hardening] standalone admin routes attacked: %d routes x 3 attacks%n", routes.size());
      assertThat(served).as("attacks that were not refused").isEmpty();
      assertThat(Http.get(server.endpoint(), "/__admin/workspaces/state").body()).isEqualTo(state);
      assertThat(owner.describeWorkspaceImages(r -> {}).images()).isNotEmpty();
      assertThat(server.exit()).isNotDone();
    }
  }

  @Test
  void shutdown_is_off_by_default_and_the_server_keeps_serving() throws Exception {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> refused = Http.post(server.endpoint(), "/__admin/shutdown", "");

      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(refused.body()).path("message").asText())
          .contains("--enable-wiremock=SHUTDOWN");
      assertThat(Http.get(server.endpoint(), "/__admin/workspaces/state").statusCode())
          .isEqualTo(200);
      assertThat(server.exit()).isNotDone();
    }
  }

  @Test
  void with_shutdown_enabled_the_admin_shutdown_stops_the_server_and_the_command_exits_0()
      throws Exception {
    RunningServer server = RunningServer.start("--enable-wiremock", "SHUTDOWN");

    assertThat(Http.post(server.endpoint(), "/__admin/shutdown", "").statusCode()).isEqualTo(200);

    assertThat(server.exit()).succeedsWithin(Duration.ofSeconds(30)).isEqualTo(0);
    assertThat(server.out()).endsWith("wsmock stopped" + System.lineSeparator());
  }

  @Test
  void with_shutdown_enabled_the_admin_shutdown_ends_the_java_process() throws Exception {
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--port",
                "0",
                "--enable-wiremock",
                "SHUTDOWN")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(java.getInputStream(), StandardCharsets.UTF_8));
      String ready = out.readLine();
      assertThat(ready).startsWith("wsmock listening on ");
      URI endpoint = URI.create(ready.substring("wsmock listening on ".length()));

      assertThat(Http.post(endpoint, "/__admin/shutdown", "").statusCode()).isEqualTo(200);

      assertThat(java.waitFor(30, TimeUnit.SECONDS)).as("the process ended").isTrue();
      assertThat(java.exitValue()).isZero();
      assertThat(out.readLine()).isEqualTo("wsmock stopped");
    } finally {
      java.destroyForcibly();
    }
  }

  @Test
  void a_fault_latency_beyond_the_limit_is_refused_naming_the_limit() throws Exception {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> refused =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/faults",
              """
              {"Faults": [{"Name": "hours", "When": {"Operation": "DescribeWorkspaceImages"},
                           "Effect": {"Latency": {"Fixed": "PT10H"}}}]}""");

      assertThat(refused.statusCode()).isEqualTo(400);
      JsonNode error = JSON.readTree(refused.body());
      assertThat(error.path("error").asText()).isEqualTo("InvalidFaults");
      assertThat(error.path("message").asText()).contains("at most 60 s").contains("PT10H");
    }
  }

  @Test
  void an_admin_host_named_on_the_command_line_is_served() throws Exception {
    try (RunningServer server = RunningServer.start("--admin-host", "wsmock.test")) {
      int port = server.endpoint().getPort();
      Answer named =
          send(port, "GET", "/__admin/workspaces/calls", "wsmock.test:" + port, null, null, null);
      Answer other =
          send(port, "GET", "/__admin/workspaces/calls", "other.test:" + port, null, null, null);

      assertThat(named.status()).isEqualTo(200);
      assertThat(other.isAdminError("InvalidHost")).isTrue();
    }
  }

  record Answer(int status, String contentType, String body) {
    boolean isAdminError(String expected) {
      try {
        JsonNode json = JSON.readTree(body);
        return status >= 400
            && status < 500
            && contentType != null
            && contentType.startsWith("application/json")
            && json.path("error").asText().equals(expected)
            && !json.path("message").asText().isBlank();
      } catch (IOException notJson) {
        return false;
      }
    }
  }

  /** One request over a raw socket: java.net.http will not send a {@code Host} of the caller's choosing. */
  static Answer send(
      int port,
      String method,
      String path,
      String host,
      String origin,
      String contentType,
      String body)
      throws IOException {
    StringBuilder request =
        new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    if (origin != null) {
      request.append("Origin: ").append(origin).append("\r\n");
    }
    if (contentType != null) {
      request.append("Content-Type: ").append(contentType).append("\r\n");
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(bytes);
      ByteArrayOutputStream in = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(in);
      String answer = in.toString(StandardCharsets.UTF_8);
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      String type =
          head.lines()
              .filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
              .map(l -> l.substring(13).trim())
              .findFirst()
              .orElse(null);
      return new Answer(
          Integer.parseInt(head.split(" ")[1]), type, answer.substring(head.length()).trim());
    }
  }
}
