package com.example.downstream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** The project's own Jetty 12 and the mock's (shaded) Jetty serve in one JVM. */
@WorkSpacesMockTest
class Jetty12BesideTheMockTests {

  @Test
  void a_jetty_12_server_of_the_project_serves_while_the_mock_does(
      Given given, WorkSpacesClient workspaces) throws Exception {
    Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            response.write(true, ByteBuffer.wrap("served by jetty 12".getBytes(UTF_8)), callback);
            return true;
          }
        });
    server.start();
    try {
      given.image("wsi-dstream005");

      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.getURI()).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(Server.getVersion()).startsWith("12.");
      assertThat(answer.body()).isEqualTo("served by jetty 12");
      assertThat(workspaces.describeWorkspaceImages(r -> r.imageIds("wsi-dstream005")).images())
          .hasSize(1);
    } finally {
      server.stop();
    }
  }
}
