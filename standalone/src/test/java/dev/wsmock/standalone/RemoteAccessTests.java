package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

class RemoteAccessTests {
  private static final String STATE = "/__admin/workspaces/state";

  @Test
  void refuses_a_non_loopback_bind_without_allow_remote() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        Main.commandLine(new ServeCommand(), new PrintWriter(out, true), new PrintWriter(err, true))
            .execute("--port", "0", "--bind", "0.0.0.0");
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("wsmock: refusing to listen on 0.0.0.0 without --allow-remote");
    assertThat(out.toString()).doesNotContain("listening");
  }

  @Test
  void allow_remote_prints_a_generated_token_once_and_admin_requests_need_it() throws Exception {
    try (RunningServer server = RunningServer.start("--bind", "0.0.0.0", "--allow-remote")) {
      Matcher printed =
          Pattern.compile("admin token .*: (\\S+)$", Pattern.MULTILINE).matcher(server.out());
      assertThat(printed.find()).as("token line in %s", server.out()).isTrue();
      String token = printed.group(1);
      assertThat(token).hasSizeGreaterThanOrEqualTo(32);
      assertThat(server.out()).containsOnlyOnce(token);

      HttpResponse<String> without = Http.get(server.endpoint(), STATE);
      assertThat(without.statusCode()).isEqualTo(401);
      assertThat(without.body()).contains("\"error\"", "Authorization: Bearer <token>");
      assertThat(Http.get(server.endpoint(), STATE, "Authorization", "Bearer wrong").statusCode())
          .isEqualTo(401);
      assertThat(
              Http.get(server.endpoint(), STATE, "Authorization", "Bearer " + token).statusCode())
          .isEqualTo(200);
      assertThat(Http.get(server.endpoint(), STATE, "X-Wsmock-Admin-Token", token).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void the_token_also_guards_wiremocks_own_admin_api_but_not_the_aws_endpoint() throws Exception {
    try (RunningServer server =
            RunningServer.start("--bind", "0.0.0.0", "--allow-remote", "--admin-token", "s3cret");
        WorkSpacesClient client = Sdk.client(server.endpoint(), "111111111111")) {
      assertThat(server.out()).doesNotContain("s3cret");
      assertThat(Http.get(server.endpoint(), "/__admin/mappings").statusCode()).isEqualTo(401);
      assertThat(Http.post(server.endpoint(), "/__admin/reset", "").statusCode()).isEqualTo(401);
      assertThat(
              Http.get(server.endpoint(), "/__admin/mappings", "X-Wsmock-Admin-Token", "s3cret")
                  .statusCode())
          .isEqualTo(200);
      assertThat(client.describeWorkspaceImages(r -> {}).images()).isEmpty();
    }
  }

  @Test
  void loopback_admin_endpoints_are_open_without_a_token() throws Exception {
    try (RunningServer server = RunningServer.start()) {
      assertThat(server.out()).doesNotContain("admin token");
      assertThat(Http.get(server.endpoint(), STATE).statusCode()).isEqualTo(200);
    }
  }
}
